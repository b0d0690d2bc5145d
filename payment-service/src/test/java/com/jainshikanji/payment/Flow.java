package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paying an order the way the app and Razorpay do it, and reading back what the service
 * stored and published.
 */
final class Flow {

	private final Api api;

	private final JdbcClient jdbc;

	private final EventJson json;

	Flow(Api api, JdbcClient jdbc, EventJson json) {
		this.api = api;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Initiates payment of the order as its customer; 201 expected. */
	Initiated initiate(OrderEvents.PlacedOrder order) {
		Map<String, Object> body = Api.json(
				this.api.post("/api/v1/payments/initiate", order.customer(), Map.of("orderId", order.orderId())), 201);
		@SuppressWarnings("unchecked")
		Map<String, Object> checkout = (Map<String, Object>) body.get("checkout");
		return new Initiated(UUID.fromString((String) body.get("paymentId")), (String) checkout.get("order_id"), body);
	}

	/**
	 * Initiates, then Razorpay reports the capture by webhook; waits until it completed.
	 */
	Paid pay(OrderEvents.PlacedOrder order) {
		Initiated initiated = initiate(order);
		String razorpayPaymentId = newPaymentId();
		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentCaptured(razorpayPaymentId, initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();
		awaitStatus(initiated.paymentId(), "COMPLETED");
		return new Paid(initiated.paymentId(), initiated.razorpayOrderId(), razorpayPaymentId);
	}

	/**
	 * Razorpay reports by webhook that the attempt failed; waits until the payment
	 * failed.
	 */
	void fail(OrderEvents.PlacedOrder order, Initiated initiated, String razorpayPaymentId) {
		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentFailed(razorpayPaymentId, initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();
		awaitStatus(initiated.paymentId(), "FAILED");
	}

	/** The payment as the caller reads it; 200 expected. */
	Map<String, Object> payment(Paid paid, String token) {
		return Api.ok(this.api.get("/api/v1/payments/" + paid.paymentId(), token));
	}

	/** The ids of the payments owing a refund the caller is shown on the page. */
	List<String> refundsOwed(String token, int page, int size) {
		List<?> owed = this.api.get("/api/v1/payments/refunds-owed?page=" + page + "&size=" + size, token)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return owed.stream().map((payment) -> (String) ((Map<?, ?>) payment).get("id")).toList();
	}

	String status(UUID paymentId) {
		return this.jdbc.sql("SELECT status FROM payments WHERE id = :id")
			.param("id", paymentId)
			.query(String.class)
			.single();
	}

	void awaitStatus(UUID paymentId, String status) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(paymentId)).isEqualTo(status));
	}

	int count(String sql, Object id) {
		return this.jdbc.sql(sql).param("id", id).query(Integer.class).single();
	}

	/**
	 * The payment events published for the order once {@code expected} of them are there,
	 * checking for a while that no more follow.
	 */
	List<EventEnvelope> paymentEvents(UUID orderId, int expected) {
		String key = orderId.toString();
		try (TopicReader reader = TopicReader.of(Topics.PAYMENT)) {
			if (expected > 0) {
				reader.await((r) -> key.equals(r.key()), expected, Duration.ofSeconds(30));
			}
			List<ConsumerRecord<String, String>> records = reader.readFor(Duration.ofMillis(1500),
					(r) -> key.equals(r.key()));
			assertThat(records).as("payment events of order %s", orderId).hasSize(expected);
			return records.stream().map((r) -> this.json.read(r.value())).toList();
		}
	}

	EventJson json() {
		return this.json;
	}

	/**
	 * Refunds the payment as the caller: the amount (everything left when {@code null})
	 * under the Idempotency-Key (none when {@code null}).
	 */
	RestTestClient.ResponseSpec refund(Paid paid, @Nullable String token, @Nullable String amount, String reason,
			@Nullable String key) {
		Map<String, Object> body = new HashMap<>();
		if (amount != null) {
			body.put("amount", new BigDecimal(amount));
		}
		body.put("reason", reason);
		return this.api.exchange(HttpMethod.POST, "/api/v1/payments/" + paid.paymentId() + "/refund", token, body,
				(key != null) ? Map.of("Idempotency-Key", key) : Map.of());
	}

	/** The refunds of the Razorpay payment Razorpay was asked for, oldest first. */
	static List<LoggedRequest> refundsSent(String razorpayPaymentId) {
		return RazorpayStub.server()
			.findAll(postRequestedFor(urlPathEqualTo("/v1/payments/" + razorpayPaymentId + "/refund")));
	}

	static String newPaymentId() {
		return "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}

	/** What Checkout's handler returns for a payment of the Razorpay order. */
	static Map<String, String> checkoutAnswer(String razorpayOrderId, String razorpayPaymentId) {
		return Map.of("razorpay_order_id", razorpayOrderId, "razorpay_payment_id", razorpayPaymentId,
				"razorpay_signature", SignedWebhook.sign(RazorpayStub.KEY_SECRET,
						(razorpayOrderId + "|" + razorpayPaymentId).getBytes(StandardCharsets.UTF_8)));
	}

	record Initiated(UUID paymentId, String razorpayOrderId, Map<String, Object> body) {
	}

	record Paid(UUID paymentId, String razorpayOrderId, String razorpayPaymentId) {
	}

}
