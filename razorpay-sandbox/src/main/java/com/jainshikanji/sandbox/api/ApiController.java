package com.jainshikanji.sandbox.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.sandbox.ledger.Ledger;
import com.jainshikanji.sandbox.ledger.RazorpayError;
import com.jainshikanji.sandbox.webhook.WebhookSender;

/**
 * Razorpay's API, the part the payment service calls: same paths, request and response
 * shapes (amounts in paise, snake_case, {@code entity} names, {@code collection} lists,
 * Razorpay's error body), behind basic auth with the sandbox's key ({@link ApiKey}).
 */
@RestController
@RequestMapping("/v1")
class ApiController {

	private final Ledger ledger;

	private final WebhookSender webhooks;

	ApiController(Ledger ledger, WebhookSender webhooks) {
		this.ledger = ledger;
		this.webhooks = webhooks;
	}

	@PostMapping("/orders")
	Map<String, Object> createOrder(@RequestBody Map<String, Object> body) {
		return this.ledger.createOrder(amount(body.get("amount")), text(body.get("currency"), "currency"),
				text(body.get("receipt"), "receipt"), notes(body.get("notes")));
	}

	@GetMapping("/orders/{id}")
	Map<String, Object> order(@PathVariable String id) {
		return this.ledger.order(id);
	}

	@GetMapping("/orders/{id}/payments")
	Map<String, Object> orderPayments(@PathVariable String id) {
		List<Map<String, Object>> items = this.ledger.paymentsOf(id);
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("entity", "collection");
		collection.put("count", items.size());
		collection.put("items", items);
		return collection;
	}

	@GetMapping("/payments/{id}")
	Map<String, Object> payment(@PathVariable String id) {
		return this.ledger.payment(id);
	}

	@PostMapping("/payments/{id}/capture")
	Map<String, Object> capture(@PathVariable String id, @RequestBody Map<String, Object> body) {
		Ledger.Outcome captured = this.ledger.capture(id, amount(body.get("amount")),
				text(body.get("currency"), "currency"));
		this.webhooks.send(captured.events(), false);
		return captured.entity();
	}

	@PostMapping("/payments/{id}/refund")
	Map<String, Object> refund(@PathVariable String id,
			@RequestHeader(name = "X-Refund-Idempotency", required = false) @Nullable String idempotencyKey,
			@RequestBody(required = false) @Nullable Map<String, Object> body) {
		Map<String, Object> request = (body != null) ? body : Map.of();
		if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9_-]{10,}")) {
			throw RazorpayError.badRequest("The idempotency key must be at least 10 characters of letters, digits, "
					+ "hyphens and underscores");
		}
		Ledger.Outcome refund = this.ledger.refund(id, amount(request.get("amount")),
				text(request.get("speed"), "speed"), text(request.get("receipt"), "receipt"),
				notes(request.get("notes")), idempotencyKey);
		this.webhooks.send(refund.events(), false);
		return refund.entity();
	}

	@GetMapping("/refunds/{id}")
	Map<String, Object> refund(@PathVariable String id) {
		return this.ledger.refund(id);
	}

	private static @Nullable Long amount(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		throw RazorpayError.badRequest("The amount must be an integer.", "amount");
	}

	private static @Nullable String text(@Nullable Object value, String field) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw RazorpayError.badRequest("The " + field + " must be a string.", field);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> notes(@Nullable Object value) {
		if (value == null || (value instanceof List<?> list && list.isEmpty())) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw RazorpayError.badRequest("The notes must be an object.", "notes");
	}

}
