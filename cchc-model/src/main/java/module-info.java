/**
 * The immutable domain of administrative-reform plans, its Vietnamese text parsers and its JSON
 * format.
 */
module io.github.cchc.model {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires jakarta.inject;
  requires static org.immutables.value.annotations;
  // Jackson 2 only for CchcJackson2Module, where the service brings it (Spring Boot 3).
  requires static com.fasterxml.jackson.databind;

  exports io.github.cchc.model;
  exports io.github.cchc.model.calendar;
  exports io.github.cchc.model.json;
  exports io.github.cchc.model.validation;
  // How cchc folds text and matches agency names: shared with cchc's own modules, not an API.
  exports io.github.cchc.model.text to io.github.cchc.rules;

  // Any mapper's findAndAddModules() finds the model's Jackson module.
  provides tools.jackson.databind.JacksonModule with io.github.cchc.model.json.CchcModule;

  // Jackson reaches the generated, package-private Immutable* classes and their Json helpers by reflection.
  opens io.github.cchc.model to tools.jackson.databind;
}
