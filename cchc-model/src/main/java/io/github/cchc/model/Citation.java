package io.github.cchc.model;

import java.util.Objects;

/**
 * A document cited in one of a plan's texts (văn bản được trích dẫn): the citation as read, and the
 * JSON Pointer of the text it was found in ("/headerLines/2", "/tasks/56/content").
 *
 * @param pointer the JSON Pointer of the citing text, not null
 * @param ref the document cited, not null
 */
public record Citation(String pointer, DocumentRef ref) {
  /**
   * Creates a citation.
   *
   * @param pointer the JSON Pointer of the citing text, not null
   * @param ref the document cited, not null
   */
  public Citation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(ref, "ref");
  }
}
