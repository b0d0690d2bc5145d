package com.jainshikanji.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Drives the service over HTTP the way its clients do.
 */
final class Api {

	static final String ORDERS = "/api/v1/orders";

	private final RestTestClient client;

	Api(RestTestClient client) {
		this.client = client;
	}

	RestTestClient.ResponseSpec get(String path, @Nullable String token) {
		return exchange(HttpMethod.GET, path, token, null, null);
	}

	RestTestClient.ResponseSpec post(String path, @Nullable String token, @Nullable Object body) {
		return exchange(HttpMethod.POST, path, token, body, null);
	}

	RestTestClient.ResponseSpec put(String path, @Nullable String token, @Nullable Object body) {
		return exchange(HttpMethod.PUT, path, token, body, null);
	}

	/** Places an order with the given Idempotency-Key. */
	RestTestClient.ResponseSpec place(String token, @Nullable String key, Object body) {
		return exchange(HttpMethod.POST, ORDERS, token, body, key);
	}

	RestTestClient.ResponseSpec exchange(HttpMethod method, String path, @Nullable String token, @Nullable Object body,
			@Nullable String idempotencyKey) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
			if (idempotencyKey != null) {
				headers.set("Idempotency-Key", idempotencyKey);
			}
		});
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange();
	}

	/** The JSON object of a response with the given status. */
	static Map<String, Object> json(RestTestClient.ResponseSpec response, int status) {
		@SuppressWarnings("unchecked")
		Map<String, Object> body = response.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return body;
	}

	static Map<String, Object> ok(RestTestClient.ResponseSpec response) {
		return json(response, 200);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	static UUID id(Map<String, Object> body) {
		return UUID.fromString((String) body.get("id"));
	}

}
