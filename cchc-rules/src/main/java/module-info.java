/**
 * Checks cchc plans for completeness and consistency, derives their status, measures dossiers and
 * scorecards, and reads task tables into plans.
 */
module io.github.cchc.rules {
  requires transitive io.github.cchc.model;
  requires static org.immutables.value.annotations;
  requires tools.jackson.dataformat.csv;
  // Word and PDF files are read only where the host brings POI or PDFBox; DocumentBlocks names the one missing.
  requires static org.apache.poi.ooxml;
  requires static org.apache.pdfbox;
  // Jackson 2 only for CchcRulesJackson2Module, where the service brings it (Spring Boot 3).
  requires static com.fasterxml.jackson.databind;

  exports io.github.cchc.rules;
  exports io.github.cchc.rules.status;
  exports io.github.cchc.rules.read;
  exports io.github.cchc.rules.stats;
  exports io.github.cchc.rules.report;

  // Any mapper's findAndAddModules() finds the Jackson module of findings and reports.
  provides tools.jackson.databind.JacksonModule with io.github.cchc.rules.report.CchcRulesModule;

  // Jackson reaches the generated, package-private Immutable* input types by reflection.
  opens io.github.cchc.rules to tools.jackson.databind;
  opens io.github.cchc.rules.status to tools.jackson.databind;
}
