package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swagger UI lists only the services whose API document answers and opens on the
 * first of them. Here customer-service (first in the configuration), order-service and
 * review-service are down, the rest up, and analytics-service is up but slow to build its
 * document, as a cold service is.
 */
@GatewayTest
class SwaggerUiTests {

	static final List<String> UP = List.of("inventory-service", "store-service", "payment-service", "loyalty-service",
			"notification-service", "analytics-service");

	@DynamicPropertySource
	static void someServicesUp(DynamicPropertyRegistry registry) {
		UP.forEach((service) -> registry.add("gateway.services." + service + ".uri", EchoService::url));
		registry.add("gateway.services.analytics-service.uri", SwaggerUiTests::slowService);
		// Nothing listens on the discard port.
		registry.add("gateway.services.customer-service.uri", () -> "http://127.0.0.1:9");
		registry.add("gateway.services.review-service.uri", () -> "http://127.0.0.1:9");
	}

	@Autowired
	WebTestClient client;

	private static HttpServer slow;

	/** Accepts the connection at once, answers its document after three seconds. */
	static synchronized String slowService() {
		if (slow == null) {
			try {
				slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			slow.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			slow.createContext("/", (exchange) -> {
				try {
					Thread.sleep(3000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			slow.start();
		}
		return "http://127.0.0.1:" + slow.getAddress().getPort();
	}

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

	@AfterAll
	static void stopSlowService() {
		if (slow != null) {
			slow.stop(0);
		}
	}

}
