package com.jainshikanji.analytics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page is served without a token (it calls the API with the user's), with
 * its script, its styles and Chart.js from the WebJar, under a content security policy
 * that allows this origin only.
 */
@AnalyticsServiceTest
class DashboardPageTests {

	@Autowired
	RestTestClient client;

	@Test
	void thePageAndEverythingItLoadsAreServedWithoutAToken() {
		String html = this.client.get()
			.uri("/analytics/dashboard")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/html")
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("script-src 'self'")
						.doesNotContain("unsafe-inline")
						.contains("frame-ancestors 'none'"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(html).contains("/analytics/webjars/chart.js/dist/chart.umd.js", "/analytics/dashboard.js",
				"/analytics/dashboard.css");
		assertThat(body("/analytics/webjars/chart.js/dist/chart.umd.js")).contains("Chart.js v4.4.1");
		assertThat(body("/analytics/dashboard.js")).contains("/api/v1/analytics/");
		// Cash never collected is a headline figure, as the dashboard's JSON serves it.
		assertThat(html).contains("<h3>Uncollected cash</h3>", "id=\"kpi-uncollected\"");
		assertThat(body("/analytics/dashboard.js")).contains("now.uncollectedCash", "now.unpaidDeliveries");
		assertThat(body("/analytics/dashboard.css")).isNotBlank();
	}

	@Test
	void theServicesRootPathsLeadToThePage() {
		this.client.get()
			.uri("/analytics")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).endsWith("/analytics/dashboard"));
	}

	private String body(String path) {
		return this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
