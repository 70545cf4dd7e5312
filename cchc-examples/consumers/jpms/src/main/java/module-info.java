/** A service's own module, reading, checking and answering with cchc's values on the module path. */
module example.jpms {
  requires io.github.cchc.rules;
}
