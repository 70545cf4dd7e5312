/**
 * The immutable domain of administrative-reform plans (kế hoạch cải cách hành chính): plans, their
 * tasks, agencies, timeframes, targets, indicators, reporting schedules and scorecards.
 *
 * <h2>Design notes</h2>
 * <p>Every type here is an immutable value: once built it is valid, it never changes and it can be
 * shared between threads. Invariants of structure (an empty id, a share above 100%, an impossible
 * date, a task naming an agency that the plan's directory lacks) are checked on construction and
 * throw {@link io.github.cchc.model.MalformedValueException}. What is merely incomplete or
 * inconsistent in a real document (a task with no product, an unnumbered row, a timeframe outside
 * the plan year) is kept as printed; the rules module reports it.
 *
 * <p>Method prefixes follow {@code java.time}: {@code of} and {@code from} obtain an instance from
 * parts, {@code parse} reads Vietnamese text as printed in the documents (with or without
 * diacritics), {@code builder()} starts a builder for the larger types; attribute accessors carry
 * the attribute's name; {@code is} checks, {@code with} returns a modified copy, {@code to}
 * converts.
 *
 * <p>No method accepts or returns {@code null}: a null argument throws
 * {@link java.lang.NullPointerException}; an absent attribute is an empty {@link java.util.Optional}
 * and "none" is an empty collection. Text is normalised to Unicode NFC on input.
 */
@CchcStyle
package io.github.cchc.model;
