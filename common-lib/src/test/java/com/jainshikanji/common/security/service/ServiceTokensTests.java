package com.jainshikanji.common.security.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service's own token is fetched once, shared, reused until shortly before it expires,
 * and the credentials are what the identity service receives.
 */
class ServiceTokensTests {

	private HttpServer identity;

	private final AtomicInteger fetches = new AtomicInteger();

	private final List<String> bodies = new ArrayList<>();

	private volatile int status = 200;

	private MutableClock clock;

	@BeforeEach
	void startIdentity() throws IOException {
		this.identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.identity.createContext("/api/v1/auth/service-token", (exchange) -> {
			int n = this.fetches.incrementAndGet();
			synchronized (this.bodies) {
				this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = ("{\"accessToken\":\"token-" + n + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, (this.status == 200) ? body.length : -1);
			if (this.status == 200) {
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		this.identity.start();
		this.clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
	}

	@AfterEach
	void stopIdentity() {
		this.identity.stop(0);
	}

	@Test
	void concurrentCallersShareOneFetchAndSendTheCredentials() throws Exception {
		ServiceTokens tokens = tokens();
		List<Callable<String>> callers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			callers.add(tokens::current);
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (Future<String> token : pool.invokeAll(callers)) {
				assertThat(token.get()).isEqualTo("token-1");
			}
		}
		assertThat(this.fetches).hasValue(1);
		assertThat(this.bodies.getFirst()).contains("\"clientId\":\"order-service\"")
			.contains("\"clientSecret\":\"s3cret\"");
	}

	@Test
	void aTokenIsReplacedShortlyBeforeItExpires() {
		ServiceTokens tokens = tokens();
		assertThat(tokens.current()).isEqualTo("token-1");
		this.clock.advance(Duration.ofMinutes(13));
		assertThat(tokens.current()).isEqualTo("token-1");
		// 15 minutes of life, replaced from one minute before the end.
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(tokens.current()).isEqualTo("token-2");
	}

	@Test
	void anInvalidatedTokenIsFetchedAgain() {
		ServiceTokens tokens = tokens();
		tokens.current();
		tokens.invalidate();
		assertThat(tokens.current()).isEqualTo("token-2");
	}

	@Test
	void refusedCredentialsFailLoudlyAndAreNotCached() {
		this.status = 401;
		ServiceTokens tokens = tokens();
		assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class).isThrownBy(tokens::current);
		this.status = 200;
		assertThat(tokens.current()).isEqualTo("token-2");
	}

	private ServiceTokens tokens() {
		URI uri = URI.create("http://127.0.0.1:" + this.identity.getAddress().getPort() + "/api/v1/auth/service-token");
		return new ServiceTokens(RestClient.create(), new ServiceClientProperties("order-service", "s3cret", uri,
				Duration.ofSeconds(2), Duration.ofSeconds(60)), this.clock);
	}

}
