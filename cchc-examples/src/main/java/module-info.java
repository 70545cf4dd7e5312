/** Runnable programs that show cchc at work on real plans. */
module io.github.cchc.examples {
  requires io.github.cchc.rules;

  exports io.github.cchc.examples;
}
