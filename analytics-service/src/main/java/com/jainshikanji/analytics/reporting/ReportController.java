package com.jainshikanji.analytics.reporting;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

@RestController
@RequestMapping("/api/v1/analytics/reports")
@Tag(name = "Reports", description = "Named tables of figures, as JSON or CSV. Admins and store managers only.")
class ReportController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Reporting reporting;

	ReportController(Reporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping
	@Operation(summary = "The reports there are")
	List<ReportSummary> reports() {
		return Arrays.stream(Report.values())
			.map((report) -> new ReportSummary(report.id(), report.title(), report.columns()))
			.toList();
	}

	@GetMapping("/{reportId}")
	@Operation(summary = "A report for a store and period",
			description = "JSON by default; CSV with `format=csv` or `Accept: text/csv`. Each report's columns are "
					+ "those `GET /reports` lists; columns are only ever added after them. `daily-sales` ends with "
					+ "`unpaid_deliveries` and `uncollected_cash`: the store's cash-on-delivery orders of the day "
					+ "handed over without their cash collected, and what they came to, as in the sales totals "
					+ "(`GET /sales`); they are no sales, so in no other column but `placed`. `payment-methods` ends "
					+ "with the same two columns for each payment method and delivery type (under `cod` only), "
					+ "where they are in neither `orders` nor `revenue`.",
			responses = @ApiResponse(responseCode = "200",
					content = {
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = ReportResponse.class)),
							@Content(mediaType = "text/csv") }))
	ResponseEntity<?> report(@PathVariable String reportId,
			@Valid @ModelAttribute @ParameterObject AnalyticsQuery query,
			@Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable @Pattern(
					regexp = "json|csv", message = "must be json or csv") String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			@AuthenticationPrincipal AuthenticatedUser user) {
		ReportResponse report = this.reporting.report(user, reportId, query);
		boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		String filename = report.reportId() + "_" + report.from() + "_" + report.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(Csv.of(report.columns(), report.rows()));
	}

}
