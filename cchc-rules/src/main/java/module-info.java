/** Checks cchc plans for completeness and consistency and derives their status. */
module io.github.cchc.rules {
  requires transitive io.github.cchc.model;
  requires static org.immutables.value.annotations;
  requires tools.jackson.dataformat.csv;

  exports io.github.cchc.rules;
  exports io.github.cchc.rules.measure;

  // Jackson reaches the generated, package-private Immutable* input types by reflection.
  opens io.github.cchc.rules to tools.jackson.databind;
}
