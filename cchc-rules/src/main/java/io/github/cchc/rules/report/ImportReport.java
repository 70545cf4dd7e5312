package io.github.cchc.rules.report;

import io.github.cchc.rules.CheckReport;
import java.util.Objects;

/**
 * What a task-table import came to (kết quả nhập bảng): how many rows became tasks, and the
 * findings about the rows and cells that could not be read as they stand. What {@code ReportJson}
 * writes as {@code cchc.import/1} and reads back.
 *
 * @param tasks the number of tasks read, sub-rows included, not negative
 * @param findings the import's findings, not null
 */
public record ImportReport(long tasks, CheckReport findings) {
  /** Checks the components. */
  public ImportReport {
    if (tasks < 0) {
      throw new io.github.cchc.model.MalformedValueException("An import cannot read " + tasks + " tasks");
    }
    Objects.requireNonNull(findings, "findings");
  }
}
