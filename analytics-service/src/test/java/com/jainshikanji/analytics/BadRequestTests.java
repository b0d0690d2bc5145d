package com.jainshikanji.analytics;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json naming what was wrong, never a 500 (the
 * platform's contract on the apps' event endpoint), and each bad figures parameter is a
 * 400 naming the parameter.
 */
@AnalyticsServiceTest
class BadRequestTests extends BadRequestContract {

	BadRequestTests() {
		super("/api/v1/analytics/event");
	}

	@Override
	protected String token() {
		return TestTokens.customer();
	}

	private Api api() {
		return new Api(this.client);
	}

	@Test
	void aBadEventNamesItsFields() {
		assertThat(Problems.problem(api().post("/api/v1/analytics/event", null, Map.of()), 400).fields())
			.containsExactlyInAnyOrder("type", "sessionId");
		assertThat(Problems.problem(api().post("/api/v1/analytics/event", null,
				Map.of("type", "product_viewed", "sessionId", "short", "quantity", 100)), 400)
			.fields()).contains("sessionId", "quantity");
		assertThat(Problems
			.problem(api().post("/api/v1/analytics/event", null,
					Map.of("type", "page_scrolled", "sessionId", "session-bad-type")), 400)
			.fields()).containsExactly("type");
	}

	@Test
	void aProductStepMustNameTheProduct() {
		Problem problem = Problems.problem(api().post("/api/v1/analytics/event", null,
				Map.of("type", "added_to_cart", "sessionId", "session-no-product", "quantity", 1)), 400);

		assertThat(problem.fields()).containsExactly("productId");
	}

	@Test
	void badFiguresParametersAreNamed() {
		String admin = TestTokens.admin();
		assertThat(fields("/api/v1/analytics/sales?from=2026-03-05&to=2026-03-01", admin)).contains("from");
		assertThat(fields("/api/v1/analytics/sales?granularity=year", admin)).containsExactly("granularity");
		assertThat(fields("/api/v1/analytics/dashboard?storeId=store-1", admin)).containsExactly("storeId");
		assertThat(fields("/api/v1/analytics/dashboard?from=yesterday", admin)).containsExactly("from");
		assertThat(fields("/api/v1/analytics/customers?days=0", admin)).containsExactly("days");
		assertThat(fields("/api/v1/analytics/products?limit=500", admin)).containsExactly("limit");
		assertThat(fields("/api/v1/analytics/reports/daily-sales?format=xml", admin)).containsExactly("format");
		assertThat(fields("/api/v1/analytics/sales?from=2020-01-01&to=2026-03-01", admin)).isNotEmpty();
	}

	@Test
	void anUnknownReportOrRebuildIsNotFound() {
		assertThat(
				Problems.problem(api().get("/api/v1/analytics/reports/everything", TestTokens.admin()), 404).typeSlug())
			.isEqualTo("report-not-found");
		assertThat(Problems.problem(api().get("/api/v1/admin/rebuild/" + UUID.randomUUID(), TestTokens.admin()), 404)
			.typeSlug()).isEqualTo("rebuild-not-found");
	}

	private java.util.List<String> fields(String path, String token) {
		return Problems.problem(api().get(path, token), 400).fields();
	}

}
