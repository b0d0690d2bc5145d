package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.jainshikanji.testsupport.security.TestTokens;

/**
 * What the gateway asks customer-service itself, over real HTTP: a SERVICE token for its
 * client credentials, and which sessions ended and whose access changed, answered as
 * {@code GET /api/v1/auth/ended-sessions} does (customer-service's own tests check that
 * answer). Tests end a session here with {@link #end(UUID)}, change a user's access with
 * {@link #changeAccess(UUID, Instant)} and read what the gateway asked. As an
 * initializer, it points a gateway's context at itself.
 */
final class IdentityStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String CLIENT_SECRET = "test-gateway-service-secret";

	private static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<UUID, Instant> ENDED = new ConcurrentHashMap<>();

	private static final Map<UUID, Map<String, Object>> ACCESS_CHANGED = new ConcurrentHashMap<>();

	private static final List<Question> QUESTIONS = new CopyOnWriteArrayList<>();

	private static volatile int failing;

	private static final HttpServer SERVER = start();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("gateway.ended-sessions.uri=" + url(),
					"jainshikanji.security.service-client.token-uri=" + url() + "/api/v1/auth/service-token",
					"jainshikanji.security.service-client.client-secret=" + CLIENT_SECRET)
			.applyTo(context);
	}

	static String url() {
		return "http://127.0.0.1:" + SERVER.getAddress().getPort();
	}

	/** Ends a session now, as a logout would. */
	static void end(UUID sessionId) {
		ENDED.put(sessionId, Instant.now());
	}

	/**
	 * Notes that the user's access (stores, jobs) changed at that instant, without saying
	 * to what, as an identity service older than that did.
	 */
	static void changeAccess(UUID userId, Instant changedAt) {
		ACCESS_CHANGED.put(userId, Map.of("userId", userId.toString(), "changedAt", changedAt.toString()));
	}

	/**
	 * Notes that the user's access changed at that instant, to the roles, stores and jobs
	 * at those stores their tokens carry since.
	 */
	static void changeAccess(UUID userId, Instant changedAt, List<String> roles, List<UUID> storeIds,
			Map<UUID, String> storeJobs) {
		Map<String, String> jobs = new TreeMap<>();
		storeJobs.forEach((store, job) -> jobs.put(store.toString(), job));
		ACCESS_CHANGED.put(userId, Map.of("userId", userId.toString(), "changedAt", changedAt.toString(), "roles",
				roles, "storeIds", storeIds.stream().map(UUID::toString).sorted().toList(), "storeJobs", jobs));
	}

	/** Answers the next questions about ended sessions with 503. */
	static void failQuestions(boolean fail) {
		failing = fail ? 1 : 0;
	}

	/** What the gateways asked about ended sessions, oldest first. */
	static List<Question> questions() {
		return List.copyOf(QUESTIONS);
	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext("/api/v1/auth/service-token", IdentityStub::serviceToken);
			server.createContext("/api/v1/auth/ended-sessions", IdentityStub::endedSessions);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void serviceToken(HttpExchange exchange) throws IOException {
		Map<?, ?> credentials = JSON.readValue(exchange.getRequestBody(), Map.class);
		if (!"gateway-service".equals(credentials.get("clientId"))
				|| !CLIENT_SECRET.equals(credentials.get("clientSecret"))) {
			send(exchange, 401, Map.of("title", "Invalid client credentials"));
			return;
		}
		send(exchange, 200, Map.of("accessToken", TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of()),
				"tokenType", "Bearer", "expiresIn", 600));
	}

	private static void endedSessions(HttpExchange exchange) throws IOException {
		String query = exchange.getRequestURI().getQuery();
		Instant since = (query != null && query.startsWith("since=")) ? Instant.parse(query.substring(6)) : null;
		QUESTIONS.add(new Question(since, exchange.getRequestHeaders().getFirst("Authorization")));
		if (failing == 1) {
			send(exchange, 503, Map.of("title", "Service unavailable"));
			return;
		}
		Instant now = Instant.now();
		Instant from = (since != null) ? since : now.minus(ACCESS_TOKEN_TTL);
		List<Map<String, Object>> sessions = ENDED.entrySet()
			.stream()
			.filter((ended) -> ended.getValue().isAfter(from))
			.map((ended) -> Map.<String, Object>of("id", ended.getKey().toString(), "endedAt",
					ended.getValue().toString()))
			.toList();
		List<Map<String, Object>> accessChanged = ACCESS_CHANGED.values()
			.stream()
			.filter((changed) -> Instant.parse((String) changed.get("changedAt")).isAfter(from))
			.toList();
		// With a field no gateway knows yet, as a newer identity service may send
		// during a rolling deploy: the gateway reads what it knows.
		send(exchange, 200, Map.of("asOf", now.toString(), "accessTokenTtl", ACCESS_TOKEN_TTL.toString(), "sessions",
				sessions, "accessChanged", accessChanged, "fromANewerVersion", List.of(Map.of("x", 1))));
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** One question about ended sessions: from when, with which credentials. */
	record Question(Instant since, String authorization) {
	}

}
