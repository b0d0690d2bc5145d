package com.jainshikanji.gateway;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swagger UI lists only the services whose API document answers and opens on the
 * first of them. Here customer-service (first in the configuration), order-service and
 * review-service are down, the rest up.
 */
@GatewayTest
class SwaggerUiTests {

	static final List<String> UP = List.of("inventory-service", "store-service", "payment-service", "loyalty-service",
			"notification-service", "analytics-service");

	@DynamicPropertySource
	static void someServicesUp(DynamicPropertyRegistry registry) {
		UP.forEach((service) -> registry.add("gateway.services." + service + ".uri", EchoService::url));
		// Nothing listens on the discard port.
		registry.add("gateway.services.customer-service.uri", () -> "http://127.0.0.1:9");
		registry.add("gateway.services.review-service.uri", () -> "http://127.0.0.1:9");
	}

	@Autowired
	WebTestClient client;

	@Test
	void onlyServicesWhoseDocumentAnswersAreListedAndTheFirstOfThemOpens() {
		Map<?, ?> config = this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<?> urls = (List<?>) config.get("urls");
		List<String> names = urls.stream().map((url) -> (String) ((Map<?, ?>) url).get("name")).toList();
		assertThat(names).containsExactlyInAnyOrderElementsOf(UP);
		for (Object url : urls) {
			assertThat((String) ((Map<?, ?>) url).get("url")).isEqualTo("/api-docs/" + ((Map<?, ?>) url).get("name"));
		}
		assertThat((String) config.get("urls.primaryName")).isEqualTo(names.getFirst())
			.isNotEqualTo("customer-service");
		assertThat(config.containsKey("url")).isFalse();
		assertThat(config.get("configUrl")).isEqualTo("/v3/api-docs/swagger-config");

		String initializer = this.client.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(initializer).contains("/v3/api-docs/swagger-config").doesNotContain("petstore");
		// What the listed entries point at really answers.
		this.client.get().uri("/api-docs/" + UP.getFirst()).exchange().expectStatus().isOk();
	}

}
