package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
 * discovery client's static list names the instances, running or not.
 */
@GatewayTest
class LoadBalancedRoutesTests {

	private static final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

	private static final HttpServer first = instance("first");

	private static final HttpServer second = instance("second");

	private static final HttpServer running = instance("running");

	private static final Map<String, Integer> bodyBytes = new ConcurrentHashMap<>();

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void twoInstancesOfTheStoreService(DynamicPropertyRegistry registry) {
		registry.add("gateway.services.store-service.uri", () -> "lb://store-service");
		registry.add("spring.cloud.discovery.client.simple.instances.store-service[0].uri",
				() -> "http://127.0.0.1:" + first.getAddress().getPort());
		registry.add("spring.cloud.discovery.client.simple.instances.store-service[1].uri",
				() -> "http://127.0.0.1:" + second.getAddress().getPort());
		registry.add("gateway.services.review-service.uri", () -> "lb://review-service");
		registry.add("spring.cloud.discovery.client.simple.instances.review-service[0].uri",
				() -> "http://127.0.0.1:" + stoppedInstancePort());
		registry.add("spring.cloud.discovery.client.simple.instances.review-service[1].uri",
				() -> "http://127.0.0.1:" + running.getAddress().getPort());
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

	@Test
	void aRequestOfAnyMethodThatFindsAnInstanceStoppedGoesToTheOneRunning() {
		// The listed instance that refuses connections gets its turn of the round robin
		// every other request; none of them may fail, a POST with its body included.
		String review = "{\"rating\":5,\"comment\":\"" + "Kesar shikanji ".repeat(40) + "\"}";
		for (int i = 0; i < 10; i++) {
			this.client.get()
				.uri("/api/v1/reviews/mine?page=" + i)
				.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
				.exchange()
				.expectStatus()
				.isOk();
			this.client.post()
				.uri("/api/v1/reviews")
				.bodyValue(review)
				.header("Content-Type", "application/json")
				.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
				.exchange()
				.expectStatus()
				.isOk();
			assertThat(bodyBytes.get("running")).isEqualTo(review.length());
		}
		assertThat(served.get("running").get()).isEqualTo(20);
	}

	/** A port that was just free: nothing listens on it, so connections are refused. */
	private static int stoppedInstancePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static HttpServer instance(String name) {
		served.put(name, new AtomicInteger());
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				bodyBytes.put(name, exchange.getRequestBody().readAllBytes().length);
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
