package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report as a table; the same table is served as CSV.
 *
 * @param columns the columns' names
 * @param rows one list of cells per row, in column order ({@code null} for an empty
 * cell); amounts are rupees
 */
record ReportResponse(String reportId, String title, ScopeResponse scope, LocalDate from, LocalDate to,
		List<String> columns, List<List<@Nullable Object>> rows) {
}
