package com.jainshikanji.analytics.reporting;

import java.util.List;

/** A report one can ask for, by its id. */
record ReportSummary(String reportId, String title, List<String> columns) {
}
