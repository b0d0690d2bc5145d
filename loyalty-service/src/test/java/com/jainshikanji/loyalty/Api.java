package com.jainshikanji.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

/**
 * Drives the service over HTTP the way its clients (the app, admins, order placement) do.
 */
final class Api {

	static final String SERVICE = TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of());

	private final RestTestClient client;

	Api(RestTestClient client) {
		this.client = client;
	}

	RestTestClient.ResponseSpec get(String path, @Nullable String token) {
		return exchange(HttpMethod.GET, path, token, null);
	}

	RestTestClient.ResponseSpec post(String path, @Nullable String token, @Nullable Object body) {
		return exchange(HttpMethod.POST, path, token, body);
	}

	RestTestClient.ResponseSpec exchange(HttpMethod method, String path, @Nullable String token,
			@Nullable Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((h) -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
		});
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange();
	}

	/** Credits points by hand, as an admin. */
	void credit(UUID customerId, int points) {
		adjust(customerId, points, "Test credit");
	}

	/** Credits or debits points by hand, as an admin, with a reason. */
	void adjust(UUID customerId, int points, String reason) {
		ok(post("/api/v1/loyalty/earn", TestTokens.admin(),
				Map.of("customerId", customerId, "points", points, "reason", reason)));
	}

	long balance(UUID customerId) {
		return ((Number) ok(get("/api/v1/loyalty/customer/" + customerId, TestTokens.customer(customerId)))
			.get("balance")).longValue();
	}

	/**
	 * The audit log's entries of an action on a target, newest first, as admins read it.
	 */
	List<Map<String, Object>> audit(String action, Object targetId) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> entries = (List<Map<String, Object>>) ok(
				get("/api/v1/admin/audit?action=" + action + "&targetId=" + targetId, TestTokens.admin()))
			.get("items");
		return entries;
	}

	/** A campaign with a fresh code, open now; {@code terms} override the defaults. */
	Map<String, Object> campaign(Map<String, Object> terms) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Test campaign");
		body.put("code", "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
		body.put("type", "discount");
		body.put("discountType", "percentage");
		body.put("discountValue", 10);
		body.put("startDate", Instant.now().minus(1, ChronoUnit.DAYS));
		body.put("endDate", Instant.now().plus(30, ChronoUnit.DAYS));
		body.putAll(terms);
		return json(post("/api/v1/loyalty/campaigns", TestTokens.admin(), body), 201);
	}

	/** A hold request of order placement: one line of the given price, quantity one. */
	static Map<String, Object> hold(UUID orderId, UUID customerId, @Nullable String coupon, int points,
			String subtotal) {
		Map<String, Object> body = new HashMap<>();
		body.put("orderId", orderId);
		body.put("customerId", customerId);
		if (coupon != null) {
			body.put("couponCode", coupon);
		}
		body.put("pointsToRedeem", points);
		body.put("subtotal", new BigDecimal(subtotal));
		body.put("deliveryFee", new BigDecimal("30.00"));
		body.put("lines",
				List.of(Map.of("productId", UUID.randomUUID(), "unitPrice", new BigDecimal(subtotal), "quantity", 1)));
		return body;
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

	static Map<String, Object> ok(RestTestClient.ResponseSpec response) {
		return json(response, 200);
	}

}
