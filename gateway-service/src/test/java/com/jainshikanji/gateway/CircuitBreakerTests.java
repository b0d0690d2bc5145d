package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import com.jainshikanji.gateway.routing.RequestBodyFailed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service's circuit breaker opens for the service's own failures only: requests the
 * gateway refuses or fails for what the client sent count neither way, so no client can
 * take a service down for everyone. (ForwardingTests and RouteTimeoutTests show the
 * breaker's 503 for a service that is down or too slow.)
 */
@GatewayTest
class CircuitBreakerTests extends EchoRoutes {

	/** More than the breaker's minimum number of calls (10). */
	private static final int MANY = 12;

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Test
	void requestsWithoutAValidHostAreRefusedBeforeAnyRouteAndTheServiceStaysAvailable() {
		String path = "/api/v1/reviews/product/" + UUID.randomUUID();
		long failedBefore = failedCalls("review-service");
		for (int i = 0; i < MANY; i++) {
			RawHttp.Response response = RawHttp.sendAsWritten(this.port, "GET " + path + " HTTP/1.0\r\n\r\n");
			assertMalformed(response);
			assertThat((String) response.json().get("detail")).contains("Host header");
		}
		for (String host : List.of("a b", "x:-1", "@evil", "x/y", "evil.example:", "x:65536", "my_host", "-x.example",
				"x..example", "[::1", "[:::::::::1]", "")) {
			RawHttp.Response response = RawHttp.sendAsWritten(this.port,
					"GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
			// Some are not even a valid URI to the gateway's server; all are refused.
			assertMalformed(response);
		}
		assertThat(failedCalls("review-service")).isEqualTo(failedBefore);
		assertThat(this.breakers.circuitBreaker("review-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		for (String host : List.of("localhost:" + this.port, "127.0.0.1", "[::1]:" + this.port, "api.jainshikanji.in",
				"api.jainshikanji.in.", "xn--bcher-kva.example:443")) {
			RawHttp.Response response = RawHttp.sendAsWritten(this.port,
					"GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
			assertThat(response.status()).as(host).isEqualTo(200);
			assertThat(response.echoedHeader("Host")).isEqualTo(host);
		}
		// A load balancer's HTTP/1.0 health check sends no Host.
		assertThat(RawHttp.sendAsWritten(this.port, "GET /readyz HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
	}

	@Test
	void requestsWithMoreThanOneHostLineAreRefusedBeforeAnyRouteAndTheServiceStaysAvailable() {
		String path = "/api/v1/reviews/product/" + UUID.randomUUID();
		String sameHost = "Host: localhost:" + this.port;
		long failedBefore = failedCalls("review-service");
		for (int i = 0; i < MANY; i++) {
			// RawHttp.send writes "Host: localhost:<port>" first; each of these adds
			// more.
			for (String[] more : List.of(new String[] { "Host: evil.example" }, new String[] { sameHost },
					new String[] { "Host: evil.example", sameHost })) {
				RawHttp.Response response = RawHttp.send(this.port, "GET", path, more);
				assertMalformed(response);
				assertThat((String) response.json().get("detail")).as(String.join(", ", more))
					.contains("more than one Host header");
			}
		}
		// The gateway's own pages need no Host, but not two either (RFC 9112, section
		// 3.2).
		assertMalformed(RawHttp.send(this.port, "GET", "/readyz", sameHost));
		assertThat(failedCalls("review-service")).isEqualTo(failedBefore);
		assertThat(this.breakers.circuitBreaker("review-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(RawHttp.send(this.port, "GET", path).status()).isEqualTo(200);
	}

	@Test
	void aChunkedBodyOverTheLimitIs413AndNoFailureOfTheService() {
		long failedBefore = failedCalls("customer-service");
		for (int i = 0; i < MANY; i++) {
			RawHttp.Response response = RawHttp.sendAsWritten(this.port,
					"POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
							+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(3000)
							+ chunk(3000) + "0\r\n\r\n");
			assertThat(response.status()).as("request %d", i).isEqualTo(413);
			assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(response.json().get("type")).isEqualTo("https://api.jainshikanji.in/problems/payload-too-large");
			assertThat(response.json().get("instance")).isEqualTo("/api/v1/auth/register");
		}
		assertThat(failedCalls("customer-service")).isEqualTo(failedBefore);
		assertThat(RawHttp
			.sendAsWritten(this.port, "POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(100) + "0\r\n\r\n")
			.status()).isEqualTo(200);
	}

	@Test
	void clientsThatGoAwayInTheMiddleOfTheirBodyAreNoFailureOfTheService() throws IOException {
		long failedBefore = failedCalls("customer-service");
		for (int i = 0; i < MANY; i++) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				OutputStream out = socket.getOutputStream();
				out.write(("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(1000))
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				sleep(100);
			}
		}
		sleep(1000);
		assertThat(failedCalls("customer-service")).isEqualTo(failedBefore);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(RawHttp.send(this.port, "GET", "/.well-known/jwks.json").status()).isEqualTo(200));
	}

	@Test
	void clientsThatResetTheirConnectionInTheMiddleOfTheirBodyAreNoFailureOfTheService() throws IOException {
		long failedBefore = failedCalls("customer-service");
		for (int i = 0; i < MANY; i++) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				// Closed with a reset (RST), not a FIN: the gateway reads an IOException.
				socket.setSoLinger(true, 0);
				OutputStream out = socket.getOutputStream();
				String head = (i % 2 == 0) ? "Transfer-Encoding: chunked\r\n\r\n" + chunk(1000)
						: "Content-Length: 5000\r\n\r\n" + "{".repeat(1000);
				out.write(("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/json\r\n" + head)
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				sleep(100);
			}
		}
		sleep(1000);
		assertThat(failedCalls("customer-service")).isEqualTo(failedBefore);
	}

	@Test
	void theBreakersCountWhatTheServiceFailedAndIgnoreTheRest() {
		var ignored = this.breakers.getDefaultConfig().getIgnoreExceptionPredicate();
		assertThat(ignored.test(new ConnectException("Connection refused"))).isFalse();
		assertThat(ignored.test(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer",
				new TimeoutException("Response took longer than timeout: PT10S"))))
			.isFalse();
		assertThat(ignored.test(new IOException("Connection reset by peer"))).isFalse();
		assertThat(ignored.test(new NullPointerException("value"))).isTrue();
		assertThat(ignored.test(new IllegalStateException("Request body exceeds 4096 bytes"))).isTrue();
		assertThat(ignored.test(new RequestBodyFailed("The client's request body did not arrive",
				new IOException("Connection reset by peer"))))
			.isTrue();
	}

	private long failedCalls(String service) {
		return this.breakers.circuitBreaker(service).getMetrics().getNumberOfFailedCalls();
	}

	private static String chunk(int size) {
		return Integer.toHexString(size) + "\r\n" + "{".repeat(size) + "\r\n";
	}

	private static void assertMalformed(RawHttp.Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(response.json().get("type")).isEqualTo("https://api.jainshikanji.in/problems/malformed-request");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
