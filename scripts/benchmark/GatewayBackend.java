import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import com.jainshikanji.testsupport.infra.RedisServer;
import com.jainshikanji.testsupport.security.TestTokens;

/**
 * What a gateway benchmark needs behind the gateway, without the local platform's fixed ports: an embedded Redis, the
 * test token issuer's JWKS, and a stand-in service answering every {@code GET /api/v1/...} (every service's API,
 * {@code /api/v1/customers/me} among them) with a fixed profile (the gateway's own work is what is measured, not the
 * service's), and what the gateway asks customer-service itself (its SERVICE token, the ended sessions: none).
 * {@code GET /token} hands out a fresh access token (valid ten minutes) of one customer, so every run
 * draws on the same rate-limit budget. Prints its addresses as shell assignments, then runs until killed.
 *
 * <p>
 * Run with test-support's classpath: {@code java -cp <classpath> scripts/benchmark/GatewayBackend.java}.
 */
public final class GatewayBackend {

	private static final UUID CUSTOMER = UUID.fromString("c0000000-0000-4000-8000-0000000000b1");

	private static final byte[] PROFILE = ("""
			{"id":"%s","email":"bench@jainshikanji.local","fullName":"Benchmark Customer","phone":"+919800000000",\
			"emailVerified":true,"loyaltyTier":"SILVER","createdAt":"2026-11-01T10:00:00Z"}""".formatted(CUSTOMER))
		.getBytes(StandardCharsets.UTF_8);

	private GatewayBackend() {
	}

	public static void main(String[] args) throws IOException {
		RedisServer redis = RedisServer.start(null, 0);
		Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
		String jwks = TestTokens.jwkSetUri();
		HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
		service.setExecutor(Executors.newFixedThreadPool(4));
		service.createContext("/api/v1/", (exchange) -> send(exchange, "application/json", PROFILE));
		// What the gateway asks customer-service itself every few seconds: its own SERVICE token, and which sessions
		// ended (none here; a request pays for the same lookups whatever the answer holds).
		service.createContext("/api/v1/auth/service-token", (exchange) -> send(exchange, "application/json",
				"""
						{"accessToken":"%s","tokenType":"Bearer","expiresIn":600}"""
					.formatted(TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of()))
					.getBytes(StandardCharsets.UTF_8)));
		service.createContext("/api/v1/auth/ended-sessions", (exchange) -> send(exchange, "application/json",
				"""
						{"asOf":"%s","accessTokenTtl":"PT15M","sessions":[],"accessChanged":[]}"""
					.formatted(Instant.now())
					.getBytes(StandardCharsets.UTF_8)));
		service.createContext("/token", (exchange) -> send(exchange, "text/plain",
				TestTokens.customer(CUSTOMER).getBytes(StandardCharsets.US_ASCII)));
		service.start();
		System.out.println("REDIS_PORT=" + redis.port());
		System.out.println("JWKS_URI=" + jwks);
		System.out.println("SERVICE_URL=http://127.0.0.1:" + service.getAddress().getPort());
		System.out.println("READY");
		System.out.flush();
	}

	private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
