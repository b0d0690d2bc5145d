package com.jainshikanji.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Drives the service over HTTP the way the apps do. */
public final class Api {

	private final RestTestClient client;

	public Api(RestTestClient client) {
		this.client = client;
	}

	public RestTestClient.ResponseSpec get(String path, @Nullable String token) {
		return exchange(HttpMethod.GET, path, token, null);
	}

	public RestTestClient.ResponseSpec post(String path, @Nullable String token, @Nullable Object body) {
		return exchange(HttpMethod.POST, path, token, body);
	}

	public RestTestClient.ResponseSpec put(String path, @Nullable String token, @Nullable Object body) {
		return exchange(HttpMethod.PUT, path, token, body);
	}

	public RestTestClient.ResponseSpec delete(String path, @Nullable String token) {
		return exchange(HttpMethod.DELETE, path, token, null);
	}

	public RestTestClient.ResponseSpec exchange(HttpMethod method, String path, @Nullable String token,
			@Nullable Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((h) -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
		});
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange();
	}

	/** Writes a review and returns it (201). */
	public Map<String, Object> write(String token, Map<String, Object> review) {
		return json(post("/api/v1/reviews", token, review), 201);
	}

	/** The review's id. */
	public static UUID id(Map<String, Object> review) {
		return UUID.fromString((String) review.get("id"));
	}

	/** A product's page of reviews with its rating (public). */
	public Map<String, Object> productPage(UUID productId, String query) {
		return ok(get("/api/v1/reviews/product/" + productId + query, null));
	}

	/** The ids of the reviews on a page, in order. */
	@SuppressWarnings("unchecked")
	public static List<UUID> ids(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.map((item) -> UUID.fromString((String) item.get("id")))
			.toList();
	}

	/** The JSON object of a response with the given status. */
	public static Map<String, Object> json(RestTestClient.ResponseSpec response, int status) {
		@SuppressWarnings("unchecked")
		Map<String, Object> body = response.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return body;
	}

	public static Map<String, Object> ok(RestTestClient.ResponseSpec response) {
		return json(response, 200);
	}

}
