/** A service's own module, reading, checking and answering with cchc's values on the module path. */
module example.jpms {
  requires io.github.cchc.rules;
  requires org.hibernate.validator;

  // Hibernate Validator reads the request's getters; cchc makes the named directory supplier.
  opens example.jpms to org.hibernate.validator;
  exports example.jpms.directory to io.github.cchc.model;
  // example.jpms.hidden is neither exported nor opened: cchc must say so, not blame a constructor.
}
