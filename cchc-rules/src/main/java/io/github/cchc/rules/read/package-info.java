/**
 * Reading documents into plans (đọc văn bản thành kế hoạch): a plan's published text, as
 * {@link io.github.cchc.rules.read.Block}s of paragraphs and tables, into a whole plan by
 * {@link io.github.cchc.rules.read.PlanReader}, with {@code READ_*} findings naming the lines it
 * could not read; and task tables as rows of cells, CSV and TSV, into tasks whose agencies are
 * resolved against a directory, by {@link io.github.cchc.rules.read.TaskTableImporter}, with
 * {@code IMPORT_*} findings about the rows and cells that could not be read as they stand.
 *
 * <p>Readers of other formats (Word, PDF, spreadsheets) turn their files into blocks, or into rows
 * of cells, and hand them on. No method accepts or returns {@code null}.
 */
@CchcStyle
package io.github.cchc.rules.read;

import io.github.cchc.model.CchcStyle;

