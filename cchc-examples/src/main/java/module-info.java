/** Runnable programs that show cchc at work on real plans, and the {@code cchc} command line. */
module io.github.cchc.examples {
  requires io.github.cchc.rules;
  requires info.picocli;

  exports io.github.cchc.examples;

  // picocli sets the annotated command fields by reflection.
  opens io.github.cchc.examples to info.picocli;
}
