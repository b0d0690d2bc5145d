package com.jainshikanji.customer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Drives the service over HTTP the way a client app would. Each instance poses as its own
 * client IP (through {@code X-Forwarded-For}, trusted from loopback), so throttling in
 * one test never leaks into another.
 */
final class Api {

	static final String PASSWORD = "correct-horse-battery";

	static final String ADMIN_EMAIL = "admin@jainshikanji.test";

	static final String ADMIN_PASSWORD = "admin-password-1";

	private final RestTestClient client;

	private final String clientIp;

	Api(RestTestClient client) {
		this(client, randomIp());
	}

	Api(RestTestClient client, String clientIp) {
		this.client = client;
		this.clientIp = clientIp;
	}

	static String uniqueEmail() {
		return "customer-" + UUID.randomUUID() + "@example.com";
	}

	/** A 10-digit Indian mobile number, as a customer would write it without a prefix. */
	static String uniqueIndianNumber() {
		return "9" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
	}

	static String randomIp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	Tokens registerCustomer() {
		return register(uniqueEmail(), PASSWORD);
	}

	Tokens register(String email, String password) {
		return post("/api/v1/auth/register", null,
				Map.of("email", email, "password", password, "firstName", "Asha", "lastName", "Jain"))
			.expectStatus()
			.isCreated()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	Tokens login(String email, String password) {
		return post("/api/v1/auth/login", null, Map.of("email", email, "password", password)).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	/** The signed-in user's id, as their profile says. */
	String idOf(String accessToken) {
		return (String) get("/api/v1/customers/me", accessToken).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	String idOf(Tokens tokens) {
		return idOf(tokens.accessToken());
	}

	Tokens loginAsAdmin() {
		return login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	RestTestClient.ResponseSpec post(String path, String accessToken, Object body) {
		return this.client.post()
			.uri(path)
			.headers((headers) -> prepare(headers, accessToken))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	RestTestClient.ResponseSpec put(String path, String accessToken, Object body) {
		return this.client.put()
			.uri(path)
			.headers((headers) -> prepare(headers, accessToken))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	RestTestClient.ResponseSpec put(String path, String accessToken) {
		return this.client.put().uri(path).headers((headers) -> prepare(headers, accessToken)).exchange();
	}

	RestTestClient.ResponseSpec get(String path, String accessToken) {
		return this.client.get().uri(path).headers((headers) -> prepare(headers, accessToken)).exchange();
	}

	/**
	 * A GET whose variables are encoded whole, so that {@code %}, {@code +} or {@code &}
	 * in a value reach the service as the value.
	 */
	RestTestClient.ResponseSpec get(String uriTemplate, Map<String, ?> uriVariables, String accessToken) {
		return this.client.get()
			.uri(uriTemplate, uriVariables)
			.headers((headers) -> prepare(headers, accessToken))
			.exchange();
	}

	RestTestClient.ResponseSpec delete(String path, String accessToken) {
		return this.client.delete().uri(path).headers((headers) -> prepare(headers, accessToken)).exchange();
	}

	/**
	 * A property of a request or response schema, as the service's OpenAPI document
	 * describes it.
	 */
	Map<?, ?> schemaProperty(String schema, String property) {
		Map<?, ?> docs = get("/v3/api-docs", null).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) docs.get("components")).get("schemas");
		return (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) schemas.get(schema)).get("properties")).get(property);
	}

	RestTestClient raw() {
		return this.client;
	}

	String clientIp() {
		return this.clientIp;
	}

	private void prepare(HttpHeaders headers, String accessToken) {
		headers.set("X-Forwarded-For", this.clientIp);
		if (accessToken != null) {
			headers.setBearerAuth(accessToken);
		}
	}

	record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
	}

}
