/**
 * The calendars public bodies work by (lịch): the Vietnamese lunar calendar (âm lịch), public
 * holidays by the rules of each period, and working days (ngày làm việc) with each year's official
 * overrides.
 *
 * <p>Values here are immutable and thread-safe; no method accepts or returns {@code null}.
 */
package io.github.cchc.model.calendar;
