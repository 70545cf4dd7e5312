/**
 * Reading documents into plans (đọc văn bản thành kế hoạch): task tables as rows of cells, CSV and
 * TSV, into tasks whose agencies are resolved against a directory, with {@code IMPORT_*} findings
 * about the rows and cells that could not be read as they stand.
 *
 * <p>Readers of other formats (Word, spreadsheets) turn their files into rows of cells and hand
 * them to {@link io.github.cchc.rules.read.TaskTableImporter}. No method accepts or returns
 * {@code null}.
 */
@CchcStyle
package io.github.cchc.rules.read;

import io.github.cchc.model.CchcStyle;

