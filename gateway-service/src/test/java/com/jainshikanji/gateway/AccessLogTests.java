package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every request leaves one access log line at the edge, whoever answered it, naming the
 * user it was charged to and its trace, and never its query string.
 */
@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTests extends EchoRoutes {

	private static final String ACCESS_LOG = "com.jainshikanji.gateway.access";

	private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	/**
	 * The test profile keeps the access log quiet; switched on here, in the shared
	 * context, rather than in a context of its own.
	 */
	@BeforeEach
	void logRequests() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(ACCESS_LOG, LogLevel.INFO);
	}

	@AfterEach
	void quiet() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(ACCESS_LOG, LogLevel.WARN);
	}

	@Test
	void aProxiedRequestIsLoggedWithItsUserAndTraceButNotItsQuery(CapturedOutput output) {
		UUID customer = UUID.randomUUID();
		this.client.get().uri("/api/v1/products?secret=abc123").headers((headers) -> {
			headers.setBearerAuth(TestTokens.customer(customer));
			// Loopback is a trusted proxy here, so its trace is continued.
			headers.set("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01");
		}).exchange().expectStatus().isOk();
		String line = await().atMost(Duration.ofSeconds(10))
			.until(() -> lineWith(output, "GET /api/v1/products 200"), (found) -> found != null);
		assertThat(line).contains("client=127.0.0.1", "user=" + customer, "trace=" + TRACE)
			.doesNotContain("abc123")
			.doesNotContain("secret");
	}

	@Test
	void answersTheGatewayGivesItselfAreLoggedToo(CapturedOutput output) {
		this.client.get().uri("/api/v1/customers/me").exchange().expectStatus().isUnauthorized();
		RawHttp.send(this.port, "GET", "/api/v1//products");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(lineWith(output, "GET /api/v1/customers/me 401")).contains("user=-");
			assertThat(lineWith(output, "GET /api/v1//products 400")).isNotNull();
		});
	}

	@Test
	void aClientThatLeavesBeforeTheAnswerIsLoggedAs499AndHoldsUpNobody(CapturedOutput output) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/v1/stores?delayMs=1000 HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nAuthorization: Bearer " + TestTokens.customer() + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			await().pollDelay(Duration.ofMillis(200)).until(() -> true);
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lineWith(output, "GET /api/v1/stores 499")).isNotNull());
		this.client.mutate()
			.responseTimeout(Duration.ofSeconds(5))
			.build()
			.get()
			.uri("/api/v1/stores")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static String lineWith(CapturedOutput output, String text) {
		return output.getOut().lines().filter((line) -> line.contains(text)).findFirst().orElse(null);
	}

}
