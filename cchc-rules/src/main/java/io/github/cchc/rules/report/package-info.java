/**
 * Report documents (báo cáo): what a check, a status, dossier statistics, a scorecard check and an
 * import come to, as values and as versioned JSON documents written and read by
 * {@link io.github.cchc.rules.report.ReportJson}. No method accepts or returns {@code null}.
 */
package io.github.cchc.rules.report;
