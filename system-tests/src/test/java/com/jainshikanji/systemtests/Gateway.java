package com.jainshikanji.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's front door as an app client sees it: plain HTTP to the gateway, JSON in
 * and out, bearer tokens, idempotency keys. Safe to share between threads.
 */
public final class Gateway {

	static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	Gateway(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** The gateway's base URL, e.g. {@code http://localhost:8080}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	public Response get(String path, String token, String... headers) {
		return send("GET", path, null, token, headers);
	}

	/**
	 * A POST of a JSON body: a String is sent as it is, anything else (a map, a record)
	 * is written as JSON.
	 */
	public Response post(String path, Object body, String token, String... headers) {
		return send("POST", path, body, token, headers);
	}

	public Response put(String path, Object body, String token, String... headers) {
		return send("PUT", path, body, token, headers);
	}

	/**
	 * Any request.
	 * @param body {@code null} for none, a String as is, anything else as JSON
	 * @param token a bearer token, or {@code null} for an anonymous call
	 * @param headers further headers, as name, value, name, value...
	 */
	public Response send(String method, String path, Object body, String token, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(TIMEOUT);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
		}
		return send(request.build());
	}

	/** Any request to any address (the Razorpay sandbox plays the customer's bank). */
	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Logs in and returns the access token. */
	public String login(String email, String password, String... headers) {
		Response login = post("/api/v1/auth/login", Map.of("email", email, "password", password), null, headers);
		// Every scenario signs in from the same address, whose anonymous budget a busy
		// run can spend: wait as the gateway says, as an app does, for up to a minute.
		for (int i = 0; i < 60 && login.status() == 429; i++) {
			sleep(Duration
				.ofSeconds(Long.parseLong(java.util.Objects.requireNonNullElse(login.header("Retry-After"), "1"))));
			login = post("/api/v1/auth/login", Map.of("email", email, "password", password), null, headers);
		}
		assertThat(login.status()).as("login of %s: %s", email, login.body()).isEqualTo(200);
		return login.json().path("accessToken").asString();
	}

	/**
	 * Registers a new customer with a unique email, logged in at once.
	 * @param headers further headers, e.g. the client's {@code X-Forwarded-For} when many
	 * customers register at once
	 */
	public Customer register(String firstName, String... headers) {
		String email = firstName.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.com";
		String password = "system-test-" + UUID.randomUUID();
		Response registered = post("/api/v1/auth/register",
				Map.of("email", email, "password", password, "firstName", firstName), null, headers);
		assertThat(registered.status()).as("registration: %s", registered.body()).isEqualTo(201);
		String location = registered.header("Location");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		return new Customer(id, email, password, registered.json().path("accessToken").asString());
	}

	/**
	 * Places an order as an app does: with an Idempotency-Key, asked again with the same
	 * key while the platform says to try again later (503 with Retry-After, a gateway
	 * timeout, the key's first attempt still running), for up to three minutes.
	 * @param attempts receives every answer, the last one included
	 * @return the last answer
	 */
	public Response placeOrder(Object order, String token, List<Response> attempts) {
		String key = idempotencyKey();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			Response answer = post("/api/v1/orders", order, token, "Idempotency-Key", key);
			attempts.add(answer);
			boolean later = answer.status() == 503 || answer.status() == 504
					|| answer.problemType().endsWith("/idempotency-key-in-use");
			if (!later || System.nanoTime() > deadline) {
				return answer;
			}
			String retryAfter = answer.header("Retry-After");
			long seconds = (retryAfter != null && retryAfter.matches("\\d{1,3}")) ? Long.parseLong(retryAfter) : 1;
			try {
				// Spread out, as many clients' retries are.
				Thread.sleep(Duration.ofSeconds(Math.min(seconds, 10))
					.plusMillis(java.util.concurrent.ThreadLocalRandom.current().nextLong(1000)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return answer;
			}
		}
	}

	/** {@link #placeOrder(Object, String, List)}, keeping only the last answer. */
	public Response placeOrder(Object order, String token) {
		return placeOrder(order, token, new java.util.ArrayList<>());
	}

	/** A fresh Idempotency-Key. */
	public static String idempotencyKey() {
		return "system-test-" + UUID.randomUUID();
	}

	/** A customer account a test created, with a valid access token. */
	public record Customer(UUID id, String email, String password, String token) {
	}

	/** A response, read whole. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		/** The first value of a header, or {@code null}; names are case-insensitive. */
		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

		/** The body as JSON; a missing node when there is no body. */
		public JsonNode json() {
			return (this.body == null || this.body.isBlank()) ? tools.jackson.databind.node.MissingNode.getInstance()
					: Json.parse(this.body);
		}

		/** A problem's {@code type}, or an empty string if this is not a problem. */
		public String problemType() {
			String contentType = header("Content-Type");
			return (contentType != null && contentType.contains("json")) ? json().path("type").asString("") : "";
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
