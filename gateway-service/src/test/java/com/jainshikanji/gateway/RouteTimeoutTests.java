package com.jainshikanji.gateway;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that takes longer than its route's response timeout (a service whose database
 * hangs, say) gets the client a 503 problem at the timeout, never a hang or a bare 504,
 * and the operator a log line saying which service did not answer what, and why.
 */
@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "gateway.services.inventory-service.response-timeout=1s")
class RouteTimeoutTests extends EchoRoutes {

	@Autowired
	WebTestClient client;

	@Test
	void aServiceSlowerThanTheRouteTimeoutAnswers503ProblemAtTheTimeout(CapturedOutput output) {
		// The route's first call pays for warming up; the timeout is what is timed.
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
		long started = System.nanoTime();
		Map<?, ?> problem = this.client.get()
			.uri("/api/v1/products?delayMs=8000")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/service-unavailable");
		assertThat((String) problem.get("detail")).contains("inventory-service");
		assertThat(output).contains("inventory-service did not answer /api/v1/products: ")
			.contains("Response took longer than timeout: PT1S");
	}

}
