package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Drives the service over HTTP the way its clients (the dashboard, apps, admins) do. */
final class Api {

	private final RestTestClient client;

	Api(RestTestClient client) {
		this.client = client;
	}

	RestTestClient.ResponseSpec get(String path, @Nullable String token) {
		return exchange(HttpMethod.GET, path, token, null, Map.of());
	}

	RestTestClient.ResponseSpec post(String path, @Nullable String token, @Nullable Object body) {
		return exchange(HttpMethod.POST, path, token, body, Map.of());
	}

	RestTestClient.ResponseSpec exchange(HttpMethod method, String path, @Nullable String token, @Nullable Object body,
			Map<String, String> headers) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((h) -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
			headers.forEach(h::set);
		});
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange();
	}

	/** The JSON object of a 200 response. */
	Map<String, Object> ok(String path, String token) {
		return json(get(path, token), 200);
	}

	static Map<String, Object> json(RestTestClient.ResponseSpec response, int status) {
		@SuppressWarnings("unchecked")
		Map<String, Object> body = response.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return body;
	}

	static List<Map<String, Object>> list(RestTestClient.ResponseSpec response) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> body = response.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return body;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> objects(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return (List<String>) value;
	}

	static BigDecimal amount(Object value) {
		return new BigDecimal(String.valueOf(value));
	}

	static long number(Object value) {
		return ((Number) value).longValue();
	}

}
