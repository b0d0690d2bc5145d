package com.jainshikanji.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

/** Drives the service over HTTP the way an app or an admin console would. */
final class Api {

	private final RestTestClient client;

	Api(RestTestClient client) {
		this.client = client;
	}

	RestTestClient.ResponseSpec get(String path, @Nullable String token) {
		return this.client.get().uri(path).headers((headers) -> auth(headers, token)).exchange();
	}

	RestTestClient.ResponseSpec post(String path, @Nullable String token, @Nullable Object body) {
		RestTestClient.RequestBodySpec request = this.client.post()
			.uri(path)
			.headers((headers) -> auth(headers, token))
			.contentType(MediaType.APPLICATION_JSON);
		return (body != null) ? request.body(body).exchange() : request.exchange();
	}

	RestTestClient.ResponseSpec put(String path, @Nullable String token, @Nullable Object body) {
		RestTestClient.RequestBodySpec request = this.client.put()
			.uri(path)
			.headers((headers) -> auth(headers, token))
			.contentType(MediaType.APPLICATION_JSON);
		return (body != null) ? request.body(body).exchange() : request.exchange();
	}

	RestTestClient.ResponseSpec delete(String path, @Nullable String token) {
		return this.client.delete().uri(path).headers((headers) -> auth(headers, token)).exchange();
	}

	/**
	 * Registers one of the user's Android devices for push, as the app does.
	 * @return the device's token
	 */
	String registerDevice(UUID user, String token) {
		ok(post("/api/v1/notifications/devices", TestTokens.customer(user),
				Map.of("token", token, "platform", "ANDROID")));
		return token;
	}

	static Map<String, Object> ok(RestTestClient.ResponseSpec response) {
		return response.expectStatus()
			.is2xxSuccessful()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	static List<Map<String, Object>> okList(RestTestClient.ResponseSpec response) {
		return response.expectStatus()
			.is2xxSuccessful()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	private static void auth(org.springframework.http.HttpHeaders headers, @Nullable String token) {
		if (token != null) {
			headers.setBearerAuth(token);
		}
	}

}
