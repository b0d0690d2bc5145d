package com.jainshikanji.sandbox.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The sandbox's orders, payments and refunds, in memory (gone when it stops). Every
 * change happens under one lock and answers with the entity as Razorpay would, plus the
 * webhook events Razorpay would send for it.
 */
@Component
public class Ledger {

	private static final Set<String> METHODS = Set.of("upi", "card", "netbanking", "wallet", "emi");

	private final Map<String, SandboxOrder> orders = new HashMap<>();

	private final Map<String, SandboxPayment> payments = new LinkedHashMap<>();

	private final Map<String, SandboxRefund> refunds = new HashMap<>();

	private final Map<String, SandboxRefund> refundsByKey = new HashMap<>();

	private final Clock clock;

	Ledger(Clock clock) {
		this.clock = clock;
	}

	/** {@code POST /v1/orders}. */
	public synchronized Map<String, Object> createOrder(@Nullable Long amount, @Nullable String currency,
			@Nullable String receipt, Map<String, Object> notes) {
		if (amount == null) {
			throw RazorpayError.badRequest("The amount field is required.", "amount");
		}
		if (amount < 100) {
			throw RazorpayError.badRequest("The amount must be at least INR 1.00", "amount");
		}
		if (!"INR".equals(currency)) {
			throw RazorpayError.badRequest("The sandbox only takes INR", "currency");
		}
		if (receipt != null && receipt.length() > 40) {
			throw RazorpayError.badRequest("The receipt may not be greater than 40 characters.", "receipt");
		}
		if (notes.size() > 15) {
			throw RazorpayError.badRequest("The notes may not have more than 15 items.", "notes");
		}
		SandboxOrder order = new SandboxOrder(Ids.next("order_"), amount, currency, (receipt != null) ? receipt : "",
				Map.copyOf(notes), now());
		this.orders.put(order.id, order);
		return order.json();
	}

	/** {@code GET /v1/orders/{id}}. */
	public synchronized Map<String, Object> order(String id) {
		return order0(id).json();
	}

	/** {@code GET /v1/orders/{id}/payments}. */
	public synchronized List<Map<String, Object>> paymentsOf(String orderId) {
		order0(orderId);
		return this.payments.values()
			.stream()
			.filter((payment) -> payment.orderId.equals(orderId))
			.map(SandboxPayment::json)
			.toList();
	}

	/** {@code GET /v1/payments/{id}}. */
	public synchronized Map<String, Object> payment(String id) {
		return payment0(id).json();
	}

	/**
	 * The customer pays in Checkout: a payment is authorized, and captured at once unless
	 * asked not to (as with manual capture).
	 */
	public synchronized Outcome pay(String orderId, String method, boolean capture) {
		SandboxOrder order = order0(orderId);
		if ("paid".equals(order.status)) {
			throw RazorpayError.badRequest("Order is already paid");
		}
		SandboxPayment payment = new SandboxPayment(Ids.next("pay_"), orderId, order.amount, order.currency,
				method(method), "authorized", now());
		this.payments.put(payment.id, payment);
		order.attempts++;
		order.status = "attempted";
		List<Event> events = new ArrayList<>();
		events.add(paymentEvent("payment.authorized", payment));
		if (capture) {
			events.addAll(captured(order, payment));
		}
		return new Outcome(payment.json(), events);
	}

	/** The customer's payment fails in Checkout (the bank declines it). */
	public synchronized Outcome fail(String orderId, String method) {
		SandboxOrder order = order0(orderId);
		if ("paid".equals(order.status)) {
			throw RazorpayError.badRequest("Order is already paid");
		}
		SandboxPayment payment = new SandboxPayment(Ids.next("pay_"), orderId, order.amount, order.currency,
				method(method), "failed", now());
		payment.errorCode = "BAD_REQUEST_ERROR";
		payment.errorDescription = "Payment failed because the bank declined it (sandbox)";
		this.payments.put(payment.id, payment);
		order.attempts++;
		order.status = "attempted";
		return new Outcome(payment.json(), List.of(paymentEvent("payment.failed", payment)));
	}

	/** {@code POST /v1/payments/{id}/capture}. */
	public synchronized Outcome capture(String paymentId, @Nullable Long amount, @Nullable String currency) {
		SandboxPayment payment = payment0(paymentId);
		if (payment.captured()) {
			throw RazorpayError.badRequest("This payment has already been captured");
		}
		if (!"authorized".equals(payment.status)) {
			throw RazorpayError
				.badRequest("Only payments which have been authorized and not yet captured can be " + "captured");
		}
		if (amount == null || amount != payment.amount) {
			throw RazorpayError.badRequest("Capture amount must be equal to the amount authorized", "amount");
		}
		if (!payment.currency.equals(currency)) {
			throw RazorpayError.badRequest("The currency should be same as the payment currency", "currency");
		}
		List<Event> events = captured(order0(payment.orderId), payment);
		return new Outcome(payment.json(), events);
	}

	/**
	 * {@code POST /v1/payments/{id}/refund}: processed at once. The same idempotency key
	 * with the same request answers the refund it made; with another request it is
	 * refused.
	 */
	public synchronized Outcome refund(String paymentId, @Nullable Long amount, @Nullable String speed,
			@Nullable String receipt, Map<String, Object> notes, @Nullable String idempotencyKey) {
		SandboxPayment payment = payment0(paymentId);
		long refund = (amount != null) ? amount : payment.amount - payment.amountRefunded;
		String request = refund + "|" + speed + "|" + receipt + "|" + notes;
		if (idempotencyKey != null) {
			SandboxRefund earlier = this.refundsByKey.get(paymentId + "|" + idempotencyKey);
			if (earlier != null) {
				if (!earlier.request.equals(request)) {
					throw RazorpayError
						.badRequest("Different request with the same idempotency key has already been processed.");
				}
				return new Outcome(earlier.json(), List.of());
			}
		}
		if (!payment.captured()) {
			throw RazorpayError.badRequest("The payment has not been captured");
		}
		if (refund < 100) {
			throw RazorpayError.badRequest("The refund amount must be at least INR 1.00", "amount");
		}
		if (refund > payment.amount - payment.amountRefunded) {
			throw RazorpayError.badRequest("The refund amount provided is greater than amount captured", "amount");
		}
		SandboxRefund created = new SandboxRefund(Ids.next("rfnd_"), paymentId, refund, receipt, Map.copyOf(notes),
				(speed != null) ? speed : "normal", now(), request);
		this.refunds.put(created.id, created);
		if (idempotencyKey != null) {
			this.refundsByKey.put(paymentId + "|" + idempotencyKey, created);
		}
		payment.amountRefunded += refund;
		if (payment.amountRefunded == payment.amount) {
			payment.status = "refunded";
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("refund", Map.of("entity", created.json()));
		payload.put("payment", Map.of("entity", payment.json()));
		return new Outcome(created.json(), List.of(new Event("refund.processed", payload)));
	}

	/** {@code GET /v1/refunds/{id}}. */
	public synchronized Map<String, Object> refund(String id) {
		SandboxRefund refund = this.refunds.get(id);
		if (refund == null) {
			throw RazorpayError.noSuchId();
		}
		return refund.json();
	}

	private List<Event> captured(SandboxOrder order, SandboxPayment payment) {
		payment.status = "captured";
		order.amountPaid = order.amount;
		order.status = "paid";
		Map<String, Object> paid = new LinkedHashMap<>();
		paid.put("payment", Map.of("entity", payment.json()));
		paid.put("order", Map.of("entity", order.json()));
		return List.of(paymentEvent("payment.captured", payment), new Event("order.paid", paid));
	}

	private static Event paymentEvent(String name, SandboxPayment payment) {
		return new Event(name, Map.of("payment", Map.of("entity", payment.json())));
	}

	private SandboxOrder order0(String id) {
		SandboxOrder order = this.orders.get(id);
		if (order == null) {
			throw RazorpayError.noSuchId();
		}
		return order;
	}

	private SandboxPayment payment0(String id) {
		SandboxPayment payment = this.payments.get(id);
		if (payment == null) {
			throw RazorpayError.noSuchId();
		}
		return payment;
	}

	private static String method(String method) {
		if (!METHODS.contains(method)) {
			throw RazorpayError.badRequest("Invalid payment method", "method");
		}
		return method;
	}

	private long now() {
		return this.clock.instant().getEpochSecond();
	}

	/**
	 * @param entity the entity as the API answers it
	 * @param events the webhooks Razorpay would send for the change, in its order
	 */
	public record Outcome(Map<String, Object> entity, List<Event> events) {
	}

}
