/**
 * The JSON format of cchc (định dạng JSON): reading and writing plans, agency directories,
 * scorecards and every model value, with errors that name the JSON Pointer of the offending value.
 * The format is documented in {@code docs/format.md} and described by the JSON Schema resource
 * {@code io/github/cchc/model/json/cchc.schema.json}.
 */
package io.github.cchc.model.json;
