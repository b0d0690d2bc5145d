package com.jainshikanji.analytics.reporting;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No report of that name. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "report-not-found", title = "Report not found")
class ReportNotFound extends RuntimeException {

	ReportNotFound(String reportId) {
		super("No report '" + reportId + "'; there are "
				+ Arrays.stream(Report.values()).map(Report::id).collect(Collectors.joining(", ")));
	}

}
