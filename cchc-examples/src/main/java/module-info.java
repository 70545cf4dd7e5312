/** Runnable programs that show cchc at work on real plans, the {@code cchc} command line, and benchmarks. */
module io.github.cchc.examples {
  requires io.github.cchc.rules;
  requires info.picocli;
  // The command line reads .xlsx, .docx and .pdf files, through cchc-rules' optional adapters.
  requires org.apache.poi.ooxml;
  requires org.apache.pdfbox;
  // PDFBox, an automatic module, logs through Commons Logging, an explicit module that nothing else would resolve.
  requires org.apache.commons.logging;
  // Only the benchmarks use JMH; they run from the shaded benchmarks.jar on the class path.
  requires static jmh.core;
  // Only PlanFootprint measures retained sizes, from the benchmarks.jar too.
  requires static jol.core;
  requires static org.hibernate.validator;

  exports io.github.cchc.examples;

  // picocli sets the annotated command fields by reflection.
  opens io.github.cchc.examples to info.picocli;
}
