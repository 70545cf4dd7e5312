/**
 * Where a plan stands on a date (tình hình thực hiện): each task's status from a progress
 * snapshot, roll-ups by reform area, lead agency and plan, the on-time completion rate, key
 * targets evaluated against measurements, and the plan's health.
 *
 * <p>Status derives; it does not judge. The rules that turn status into findings ({@code
 * TASK_OVERDUE}, {@code TARGET_NOT_MET}) are in the catalog of {@link io.github.cchc.rules}, which
 * depends on this package and never the reverse. Values here are immutable and thread-safe; no
 * method accepts or returns {@code null}.
 */
@CchcStyle
package io.github.cchc.rules.status;

import io.github.cchc.model.CchcStyle;

