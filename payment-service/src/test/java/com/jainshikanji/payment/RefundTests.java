package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.payment.RefundFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds by admins and by staff whose job at the store gives money back (a manager,
 * cashier or support, never a rider or a chef): full or partial, never more than was
 * captured (however many at once), once per Idempotency-Key, sent to Razorpay with our
 * refund id as its idempotency key until Razorpay settles them.
 */
@PaymentServiceTest
class RefundTests {

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@Test
	void staffOfTheStoreRefundPartThenTheRestAndEachIsAnnouncedWithTheRunningTotal() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("250.00");
		Flow.Paid paid = this.flow.pay(order);

		Map<String, Object> first = Api.json(refund(paid, order.staff(), "100.00", "Missing item", key()), 201);
		Map<String, Object> rest = Api.json(refund(paid, TestTokens.admin(), null, "Order cancelled", key()), 201);

		assertThat(first).containsEntry("status", "COMPLETED").containsEntry("amount", 100.0);
		assertThat(rest).containsEntry("status", "COMPLETED").containsEntry("amount", 150.0);
		assertThat(this.flow.status(paid.paymentId())).isEqualTo("REFUNDED");
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 3);
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed", "RefundProcessed");
		assertThat(this.json.payload(events.get(1), RefundProcessed.class)).satisfies((refund) -> {
			assertThat(refund.refundId()).hasToString((String) first.get("id"));
			assertThat(refund.totalRefunded()).isEqualByComparingTo("100.00");
			assertThat(refund.fullyRefunded()).isFalse();
			assertThat(refund.method()).isEqualTo(RefundProcessed.Method.ORIGINAL_METHOD);
		});
		assertThat(this.json.payload(events.get(2), RefundProcessed.class)).satisfies((refund) -> {
			assertThat(refund.amount()).isEqualByComparingTo("150.00");
			assertThat(refund.totalRefunded()).isEqualByComparingTo("250.00");
			assertThat(refund.fullyRefunded()).isTrue();
			assertThat(refund.method()).isEqualTo(RefundProcessed.Method.ORIGINAL_METHOD);
		});
		List<LoggedRequest> sent = refundsSent(paid);
		assertThat(sent).hasSize(2);
		assertThat(sent.get(0).getHeader("X-Refund-Idempotency")).isEqualTo(first.get("id"));
		assertThat(this.json.mapper().readValue(sent.get(0).getBodyAsString(), Map.class))
			.containsEntry("amount", 10000)
			.containsEntry("receipt", first.get("id"));
	}

	@Test
	void aManagerACashierAndSupportOfTheStoreEachRefund() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("260.00");
		Flow.Paid paid = this.flow.pay(order);
		UUID cashier = UUID.randomUUID();
		UUID support = UUID.randomUUID();
		UUID manager = UUID.randomUUID();

		Api.json(refund(paid, TestTokens.staffAs("CASHIER", cashier, order.storeId()), "10.00", "Spilled", key()), 201);
		Api.json(refund(paid, TestTokens.staffAs("SUPPORT", support, order.storeId()), "20.00", "Cold", key()), 201);
		Api.json(refund(paid, TestTokens.staff(manager, order.storeId()), "30.00", "Late", key()), 201);

		assertThat(this.jdbc.sql("SELECT requested_by FROM refunds WHERE payment_id = :id ORDER BY amount")
			.param("id", paid.paymentId())
			.query(UUID.class)
			.list()).containsExactly(cashier, support, manager);
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("amountRefunded", 60.0)
			.containsEntry("status", "PARTIALLY_REFUNDED");
	}

	/**
	 * A rider or a chef of the store may read its payments but not give money back: told
	 * why (they know the payment exists), and nothing is booked or sent to Razorpay.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "DELIVERY", "CHEF" })
	void staffWhoseJobDoesNotGiveMoneyBackAreRefusedAndNothingIsRefunded(String job) {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("110.00");
		Flow.Paid paid = this.flow.pay(order);
		String staff = TestTokens.staffAs(job, UUID.randomUUID(), order.storeId());

		Problem refused = Problems.problem(refund(paid, staff, "10.00", "Spilled", key()), 403);

		assertThat(refused.typeSlug()).isEqualTo("store-duty-not-allowed");
		assertThat(refused.detail())
			.contains("Your job at store " + order.storeId() + " (" + job + ") does not allow refunds")
			.contains("MANAGER, CASHIER, SUPPORT");
		assertNothingRefunded(paid, staff);
	}

	/** A token issued before jobs were carried allows no refund: it fails closed. */
	@Test
	void staffWhoseTokenNamesNoJobAtTheStoreAreRefusedAndNothingIsRefunded() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("115.00");
		Flow.Paid paid = this.flow.pay(order);
		String staff = TestTokens.token(UUID.randomUUID(), List.of("STAFF"), List.of(order.storeId()));

		Problem refused = Problems.problem(refund(paid, staff, null, "Spilled", key()), 403);

		assertThat(refused.typeSlug()).isEqualTo("store-duty-not-allowed");
		assertThat(refused.detail()).contains("names no job at store " + order.storeId());
		assertNothingRefunded(paid, staff);
	}

	@Test
	void aRefundBeyondWhatIsLeftIsRefusedNamingWhatIsLeft() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("200.00");
		Flow.Paid paid = this.flow.pay(order);
		Api.json(refund(paid, order.staff(), "150.00", "Late delivery", key()), 201);

		Problem problem = Problems.problem(refund(paid, order.staff(), "50.01", "Cold drink", key()), 409);

		assertThat(problem.typeSlug()).isEqualTo("refund-exceeds-captured");
		assertThat(Api.json(refund(paid, order.staff(), "50.01", "Cold drink", key()), 409)).containsEntry("refundable",
				50.0);
		assertThat(Api.json(refund(paid, order.staff(), "50.00", "Cold drink", key()), 201)).containsEntry("status",
				"COMPLETED");
		assertThat(Problems.problem(refund(paid, order.staff(), null, "Anything left?", key()), 409).typeSlug())
			.isEqualTo("refund-exceeds-captured");
	}

	@Test
	void concurrentRefundsNeverAddUpToMoreThanWasCaptured() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("250.00");
		Flow.Paid paid = this.flow.pay(order);
		String staff = order.staff();

		List<Integer> statuses = Parallel.run(10,
				(i) -> refund(paid, staff, "40.00", "Partial " + i, key()).returnResult().getStatus().value());

		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses.stream().filter((status) -> status == 201)).hasSize(6);
		assertThat(this.jdbc.sql("SELECT sum(amount) FROM refunds WHERE payment_id = :id AND status <> 'FAILED'")
			.param("id", paid.paymentId())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("240.00");
		assertThat(Api.ok(this.api.get("/api/v1/payments/" + paid.paymentId(), staff)))
			.containsEntry("amountRefunded", 240.0)
			.containsEntry("refundable", 10.0)
			.containsEntry("status", "PARTIALLY_REFUNDED");
	}

	@Test
	void theSameIdempotencyKeyAnswersWithTheSameRefundEvenAtOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("180.00");
		Flow.Paid paid = this.flow.pay(order);
		String key = key();
		String staff = order.staff();

		List<Integer> statuses = Parallel.run(5,
				(i) -> refund(paid, staff, "30.00", "Spilled", key).returnResult().getStatus().value());
		Map<String, Object> again = Api.ok(refund(paid, staff, "30.00", "Spilled", key));

		assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id", paid.paymentId())).isOne();
		assertThat(again).containsEntry("amount", 30.0);
		assertThat(refundsSent(paid)).hasSize(1);
	}

	@Test
	void aKeyReusedForAnotherRefundIsRefused() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("90.00");
		Flow.Paid paid = this.flow.pay(order);
		String key = key();
		Api.json(refund(paid, order.staff(), "10.00", "Spilled", key), 201);

		assertThat(Problems.problem(refund(paid, order.staff(), "20.00", "Spilled", key), 422).typeSlug())
			.isEqualTo("idempotency-key-reused");
		assertThat(Problems.problem(refund(paid, order.staff(), "10.00", "Another reason", key), 422).typeSlug())
			.isEqualTo("idempotency-key-reused");
	}

	@Test
	void aRefundNeedsAnIdempotencyKeyNamedInTheProblem() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("70.00");
		Flow.Paid paid = this.flow.pay(order);

		Problem missing = Problems.problem(refund(paid, order.staff(), "10.00", "Spilled", null), 400);
		Problem invalid = Problems.problem(refund(paid, order.staff(), "10.00", "Spilled", "short"), 400);

		assertThat(missing.typeSlug()).isEqualTo("validation-failed");
		assertThat(missing.fields()).containsExactly("Idempotency-Key");
		assertThat(missing.detail()).contains("Idempotency-Key is required");
		assertThat(invalid.fields()).containsExactly("Idempotency-Key");
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id", paid.paymentId())).isZero();
	}

	@Test
	void badAmountsAndReasonsAreNamed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("70.00");
		Flow.Paid paid = this.flow.pay(order);

		assertThat(Problems.problem(refund(paid, order.staff(), "0.00", "Spilled", key()), 400).fields())
			.containsExactly("amount");
		assertThat(Problems.problem(refund(paid, order.staff(), "1.001", "Spilled", key()), 400).fields())
			.containsExactly("amount");
		assertThat(Problems.problem(refund(paid, order.staff(), "-5.00", "Spilled", key()), 400).fields())
			.containsExactly("amount");
		assertThat(Problems.problem(refund(paid, order.staff(), "5.00", " ", key()), 400).fields())
			.containsExactly("reason");
	}

	/**
	 * Razorpay refunds no less than INR 1.00 (its sandbox refuses less too): such a
	 * refund of an online payment is refused before anything is booked or sent.
	 */
	@Test
	void aRefundOfAnOnlinePaymentUnderOneRupeeIsRefusedNamingTheRuleAndTheAmount() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("75.00");
		Flow.Paid paid = this.flow.pay(order);

		Problem small = Problems.problem(refund(paid, order.staff(), "0.50", "Spilled", key()), 422);

		assertThat(small.typeSlug()).isEqualTo("refund-below-minimum");
		assertThat(small.rule()).isEqualTo("minimum-online-refund");
		assertThat(small.fields()).containsExactly("amount");
		assertThat(Api.json(refund(paid, order.staff(), "0.99", "Spilled", key()), 422)).containsEntry("minimumRefund",
				1.0);
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id", paid.paymentId())).isZero();
		assertThat(refundsSent(paid)).isEmpty();
		Api.json(refund(paid, order.staff(), "74.50", "Spilled", key()), 201);
		assertThat(Problems.problem(refund(paid, order.staff(), null, "Everything left", key()), 422).fields())
			.as("everything left, INR 0.50, is too little as well")
			.containsExactly("amount");
		assertThat(Api.ok(this.api.get("/api/v1/payments/" + paid.paymentId(), order.staff())))
			.containsEntry("refundable", 0.5);
	}

	@Test
	void onlyACapturedPaymentCanBeRefunded() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("60.00");
		Flow.Initiated initiated = this.flow.initiate(order);

		Problem problem = Problems
			.problem(this.api.exchange(HttpMethod.POST, "/api/v1/payments/" + initiated.paymentId() + "/refund",
					order.staff(), Map.of("reason", "Not paid yet"), Map.of("Idempotency-Key", key())), 409);

		assertThat(problem.typeSlug()).isEqualTo("payment-not-refundable");
	}

	@Test
	void whenRazorpayIsUnreachableTheRefundWaitsAndIsSentAgainWithTheSameKeyUntilItGoesThrough() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("120.00");
		Flow.Paid paid = this.flow.pay(order);
		RazorpayStub.stubRefundsDown(paid.razorpayPaymentId());

		Map<String, Object> refund = Api.json(refund(paid, order.staff(), "20.00", "Spilled", key()), 201);
		assertThat(refund).containsEntry("status", "PENDING");
		RazorpayStub.stubRefunds(paid.razorpayPaymentId(), "processed");

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT status FROM refunds WHERE id = :id")
				.param("id", UUID.fromString((String) refund.get("id")))
				.query(String.class)
				.single()).isEqualTo("COMPLETED"));
		List<LoggedRequest> sent = refundsSent(paid);
		assertThat(sent).hasSizeGreaterThan(1)
			.allSatisfy((request) -> assertThat(request.getHeader("X-Refund-Idempotency")).isEqualTo(refund.get("id")));
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
	}

	@Test
	void aRefundRazorpayAcceptsIsCompletedByItsWebhookOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("140.00");
		Flow.Paid paid = this.flow.pay(order);
		RazorpayStub.stubRefunds(paid.razorpayPaymentId(), "pending");
		Map<String, Object> refund = Api.json(refund(paid, order.staff(), "40.00", "Missing item", key()), 201);
		assertThat(refund).containsEntry("status", "PROCESSING");
		String processed = SignedWebhook.refund("refund.processed", (String) refund.get("providerRefundId"),
				paid.razorpayPaymentId(), paid.razorpayOrderId(), 4000, (String) refund.get("id"), "processed");

		this.api.webhook(SignedWebhook.of(processed)).expectStatus().isOk();
		this.api.webhook(SignedWebhook.of(processed)).expectStatus().isOk();

		assertThat(refundStatus(refund)).isEqualTo("COMPLETED");
		assertThat(this.flow.status(paid.paymentId())).isEqualTo("PARTIALLY_REFUNDED");
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
	}

	@Test
	void manyConfirmationsOfOneRefundAtOnceBookItOnceAndEachIsProcessedAtTheFirstAttempt() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("145.00");
		Flow.Paid paid = this.flow.pay(order);
		RazorpayStub.stubRefunds(paid.razorpayPaymentId(), "pending");
		Map<String, Object> refund = Api.json(refund(paid, order.staff(), "45.00", "Missing item", key()), 201);
		String processed = SignedWebhook.refund("refund.processed", (String) refund.get("providerRefundId"),
				paid.razorpayPaymentId(), paid.razorpayOrderId(), 4500, (String) refund.get("id"), "processed");
		List<SignedWebhook> confirmations = java.util.stream.IntStream.range(0, 6)
			.mapToObj((i) -> SignedWebhook.of(processed))
			.toList();

		List<Integer> statuses = Parallel.run(6,
				(i) -> this.api.webhook(confirmations.get(i)).returnResult().getStatus().value());

		assertThat(statuses).containsOnly(200);
		assertThat(refundStatus(refund)).isEqualTo("COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
		for (SignedWebhook confirmation : confirmations) {
			assertThat(
					this.jdbc.sql("SELECT status || ' after ' || attempts FROM provider_webhooks WHERE event_id = :id")
						.param("id", confirmation.eventId())
						.query(String.class)
						.single())
				.isEqualTo("PROCESSED after 1");
		}
	}

	@Test
	void aRefundRazorpayFailsIsAnnouncedAndItsAmountCanBeRefundedAgain() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("160.00");
		Flow.Paid paid = this.flow.pay(order);
		RazorpayStub.stubRefunds(paid.razorpayPaymentId(), "pending");
		Map<String, Object> refund = Api.json(refund(paid, order.staff(), null, "Order cancelled", key()), 201);

		this.api
			.webhook(SignedWebhook.of(SignedWebhook.refund("refund.failed", (String) refund.get("providerRefundId"),
					paid.razorpayPaymentId(), paid.razorpayOrderId(), 16000, (String) refund.get("id"), "failed")))
			.expectStatus()
			.isOk();

		assertThat(refundStatus(refund)).isEqualTo("FAILED");
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 2);
		assertThat(this.json.payload(events.get(1), RefundFailed.class)).satisfies((failed) -> {
			assertThat(failed.refundId()).hasToString((String) refund.get("id"));
			assertThat(failed.amount()).isEqualByComparingTo("160.00");
		});
		assertThat(Api.ok(this.api.get("/api/v1/payments/" + paid.paymentId(), order.staff())))
			.containsEntry("status", "COMPLETED")
			.containsEntry("refundable", 160.0);
	}

	@Test
	void aRefundRazorpayRefusesFailsAtOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("50.00");
		Flow.Paid paid = this.flow.pay(order);
		RazorpayStub.stubRefundsRefused(paid.razorpayPaymentId(),
				"The refund amount provided is greater than amount captured");

		Map<String, Object> refund = Api.json(refund(paid, order.staff(), "10.00", "Spilled", key()), 201);

		assertThat(refund).containsEntry("status", "FAILED");
		assertThat((String) refund.get("failureReason")).contains("greater than amount captured");
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundFailed");
	}

	@Test
	void cashIsHandedBackByTheStoreSoItsRefundCompletesAtOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeCash("80.00");
		this.orders.deliver(order, true);
		UUID payment = this.jdbc.sql("SELECT id FROM payments WHERE order_id = :id")
			.param("id", order.orderId())
			.query(UUID.class)
			.single();
		this.flow.awaitStatus(payment, "COMPLETED");

		Map<String, Object> refund = Api.json(this.api.exchange(HttpMethod.POST,
				"/api/v1/payments/" + payment + "/refund", order.staff(),
				Map.of("amount", new BigDecimal("30.00"), "reason", "Wrong flavour"), Map.of("Idempotency-Key", key())),
				201);

		assertThat(refund).containsEntry("status", "COMPLETED").containsEntry("providerRefundId", null);
		assertThat(this.flow.status(payment)).isEqualTo("PARTIALLY_REFUNDED");
		assertThat(Api.json(this.api.exchange(HttpMethod.POST, "/api/v1/payments/" + payment + "/refund", order.staff(),
				Map.of("amount", new BigDecimal("0.50"), "reason", "Short change"), Map.of("Idempotency-Key", key())),
				201))
			.as("cash has no minimum: the store hands it back")
			.containsEntry("status", "COMPLETED");
	}

	@Test
	void aPaymentsRefundsAreListedForWhoeverMaySeeIt() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("100.00");
		Flow.Paid paid = this.flow.pay(order);
		Map<String, Object> refund = Api.json(refund(paid, order.staff(), "25.00", "Spilled", key()), 201);

		List<?> seenByCustomer = this.api.get("/api/v1/payments/" + paid.paymentId() + "/refunds", order.customer())
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();

		assertThat(seenByCustomer).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> listed = (Map<String, Object>) seenByCustomer.get(0);
		assertThat(listed).containsEntry("id", refund.get("id")).containsEntry("kind", "REQUESTED");
		Problems.problem(this.api.get("/api/v1/payments/" + paid.paymentId() + "/refunds", TestTokens.customer()), 404);
	}

	private RestTestClient.ResponseSpec refund(Flow.Paid paid, String token, @Nullable String amount, String reason,
			@Nullable String key) {
		return this.flow.refund(paid, token, amount, reason, key);
	}

	/**
	 * Nothing booked, nothing sent, all of it still refundable; the caller still reads
	 * it.
	 */
	private void assertNothingRefunded(Flow.Paid paid, String reader) {
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id", paid.paymentId())).isZero();
		assertThat(refundsSent(paid)).isEmpty();
		assertThat(this.flow.payment(paid, reader)).containsEntry("status", "COMPLETED")
			.containsEntry("amountRefunded", 0.0);
	}

	private String refundStatus(Map<String, Object> refund) {
		return this.jdbc.sql("SELECT status FROM refunds WHERE id = :id")
			.param("id", UUID.fromString((String) refund.get("id")))
			.query(String.class)
			.single();
	}

	private static List<LoggedRequest> refundsSent(Flow.Paid paid) {
		return Flow.refundsSent(paid.razorpayPaymentId());
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
