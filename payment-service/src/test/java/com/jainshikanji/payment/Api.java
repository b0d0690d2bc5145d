package com.jainshikanji.payment;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Drives the service over HTTP the way its clients (the app, staff, Razorpay) do. */
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

	/**
	 * Posts a webhook exactly as Razorpay does: the raw bytes, signed, with its event id.
	 */
	RestTestClient.ResponseSpec webhook(SignedWebhook webhook) {
		return this.client.post()
			.uri("/api/v1/payments/webhook")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((h) -> {
				h.set("X-Razorpay-Signature", webhook.signature());
				h.set("X-Razorpay-Event-Id", webhook.eventId());
			})
			.body(webhook.body())
			.exchange();
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

}
