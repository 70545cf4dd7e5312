/**
 * Text folding and agency-name matching, shared by the model's parsers and the readers of
 * {@code cchc-rules}. Exported to cchc's own modules only: it is how cchc compares words, not an
 * API of its own.
 */
package io.github.cchc.model.text;
