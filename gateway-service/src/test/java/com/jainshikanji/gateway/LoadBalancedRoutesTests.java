package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service running as several instances behind the gateway, as the local launcher runs
 * it with {@code --instances}: its route points at {@code lb://<service>} and the
 * discovery client's static list names the instances.
 */
@GatewayTest
class LoadBalancedRoutesTests {

	private static final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

	private static final HttpServer first = instance("first");

	private static final HttpServer second = instance("second");

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void twoInstancesOfTheStoreService(DynamicPropertyRegistry registry) {
		registry.add("gateway.services.store-service.uri", () -> "lb://store-service");
		registry.add("spring.cloud.discovery.client.simple.instances.store-service[0].uri",
				() -> "http://127.0.0.1:" + first.getAddress().getPort());
		registry.add("spring.cloud.discovery.client.simple.instances.store-service[1].uri",
				() -> "http://127.0.0.1:" + second.getAddress().getPort());
	}

	@Test
	void requestsToAServiceWithTwoInstancesAreSpreadOverBoth() {
		for (int i = 0; i < 10; i++) {
			this.client.get().uri("/api/v1/stores").exchange().expectStatus().isOk();
			this.client.post()
				.uri("/api/v1/stores/nearby")
				.bodyValue("{}")
				.header("Content-Type", "application/json")
				.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
				.exchange()
				.expectStatus()
				.isOk();
		}
		assertThat(served.get("first").get() + served.get("second").get()).isEqualTo(20);
		// Round robin: each gets its turn.
		assertThat(served.get("first").get()).isEqualTo(10);
		assertThat(served.get("second").get()).isEqualTo(10);
	}

	private static HttpServer instance(String name) {
		served.put(name, new AtomicInteger());
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				served.get(name).incrementAndGet();
				byte[] body = ("{\"instance\":\"" + name + "\"}").getBytes();
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
