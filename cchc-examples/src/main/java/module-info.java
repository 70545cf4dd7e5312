/** Runnable programs that show cchc at work on real plans, the {@code cchc} command line, and benchmarks. */
module io.github.cchc.examples {
  requires io.github.cchc.rules;
  requires info.picocli;
  // Reads task tables from .xlsx and .docx files.
  requires org.apache.poi.ooxml;
  // Only the benchmarks use JMH; they run from the shaded benchmarks.jar on the class path.
  requires static jmh.core;
  requires static org.hibernate.validator;

  exports io.github.cchc.examples;

  // picocli sets the annotated command fields by reflection.
  opens io.github.cchc.examples to info.picocli;
}
