package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.RefundProcessed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the order topic does to payments: cash on delivery is paid when staff collect the
 * cash; a cancelled order's unpaid payment stops, and money that arrives for it anyway
 * goes back once; a refund the order service asks for happens once per payment.
 */
@PaymentServiceTest
class OrderEventsTests {

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
	void aCashOrderIsPaidWhenStaffCollectTheCashAndOnlyThen() {
		OrderEvents.PlacedOrder order = this.orders.placeCash("210.00");
		UUID payment = paymentOf(order);
		assertThat(this.flow.status(payment)).isEqualTo("PENDING");
		assertThat(Api.ok(this.api.get("/api/v1/payments/" + payment, order.customer()))).containsEntry("method", "cod")
			.containsEntry("provider", "none")
			.containsEntry("amount", 210.0);

		this.orders.deliver(order, true);
		this.flow.awaitStatus(payment, "COMPLETED");
		this.orders.deliver(order, true);

		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 1);
		assertThat(this.json.payload(events.get(0), PaymentCompleted.class)).satisfies((completed) -> {
			assertThat(completed.paymentId()).isEqualTo(payment);
			assertThat(completed.method()).isEqualTo("cod");
			assertThat(completed.providerPaymentId()).isNull();
			assertThat(completed.amount()).isEqualByComparingTo("210.00");
		});
	}

	/**
	 * The order service marks the order's payment failed; the cash payment ends so too,
	 * once, and tells nobody: no PaymentFailed (which would cancel an order and tell the
	 * customer a payment was declined), nothing to refund.
	 */
	@Test
	void aCashOrderDeliveredWithoutTheCashFailsItsPaymentOnceAndAnnouncesNothing() {
		OrderEvents.PlacedOrder order = this.orders.placeCash("95.00");
		UUID payment = paymentOf(order);

		EventEnvelope delivered = this.orders.deliver(order, false);
		this.orders.awaitApplied(delivered);
		Map<String, Object> failed = Api.ok(this.api.get("/api/v1/payments/" + payment, order.customer()));
		this.orders.publish(delivered);
		this.orders.awaitApplied(this.orders.deliver(order, false));

		assertThat(failed).containsEntry("status", "FAILED")
			.containsEntry("failureReason", "Cash not collected at delivery")
			.containsEntry("refundable", 0.0)
			.containsKey("failedAt");
		assertThat(failed.get("failedAt")).isNotNull();
		assertThat(Api.ok(this.api.get("/api/v1/payments/" + payment, order.customer()))).containsEntry("failedAt",
				failed.get("failedAt"));
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id", payment)).isZero();
		this.flow.paymentEvents(order.orderId(), 0);
	}

	/**
	 * A delivery overtaking the order's creation waits for it (the event is retried),
	 * then fails the cash payment the creation opened.
	 */
	@Test
	void aDeliveryWithoutTheCashOvertakingTheCreationFailsThePaymentOnceItIsOpened() {
		OrderEvents.PlacedOrder order = new OrderEvents.PlacedOrder(UUID.randomUUID(), "ORDLATE0002", UUID.randomUUID(),
				UUID.randomUUID(), new BigDecimal("96.00"), "cod");

		EventEnvelope delivered = this.orders.deliver(order, false);
		this.orders.publish(this.orders.created(order, null));

		this.orders.awaitApplied(delivered);
		this.flow.awaitStatus(paymentOf(order), "FAILED");
		this.flow.paymentEvents(order.orderId(), 0);
	}

	/**
	 * Cash taken at the door goes back the same way: the store hands it back, whether
	 * staff refund part of it or the order service asks for the rest; never Razorpay.
	 */
	@Test
	void aCashOrdersRefundsAreHandedBackInCashAndAnnouncedSo() {
		OrderEvents.PlacedOrder order = this.orders.placeCash("210.00");
		UUID payment = paymentOf(order);
		this.orders.deliver(order, true);
		this.flow.awaitStatus(payment, "COMPLETED");

		Map<String, Object> byStaff = Api.json(this.flow.refund(new Flow.Paid(payment, "none", "none"), order.staff(),
				"10.00", "A samosa was missing", "refund-" + UUID.randomUUID()), 201);
		this.orders.awaitApplied(this.orders.requestRefund(order, payment, "200.00"));

		assertThat(byStaff).containsEntry("status", "COMPLETED");
		assertThat(byStaff.get("providerRefundId")).isNull();
		assertThat(this.flow.status(payment)).isEqualTo("REFUNDED");
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 3);
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed", "RefundProcessed");
		List<RefundProcessed> refunds = events.subList(1, 3)
			.stream()
			.map((event) -> this.json.payload(event, RefundProcessed.class))
			.toList();
		assertThat(refunds).extracting(RefundProcessed::method).containsOnly(RefundProcessed.Method.CASH);
		assertThat(refunds).extracting(RefundProcessed::totalRefunded)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("10.00"), new BigDecimal("210.00"));
	}

	@Test
	void cancellingAnOrderStopsItsUnpaidPayment() {
		OrderEvents.PlacedOrder online = this.orders.placeOnline("85.00");
		Flow.Initiated initiated = this.flow.initiate(online);
		OrderEvents.PlacedOrder cash = this.orders.placeCash("85.00");

		this.orders.cancel(online);
		this.orders.cancel(cash);

		this.flow.awaitStatus(initiated.paymentId(), "CANCELLED");
		this.flow.awaitStatus(paymentOf(cash), "CANCELLED");
	}

	@Test
	void moneyCapturedAfterTheOrderWasCancelledGoesBackOnceWhoeverAsks() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("230.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		this.orders.cancel(order);
		this.flow.awaitStatus(initiated.paymentId(), "CANCELLED");
		String razorpayPaymentId = Flow.newPaymentId();

		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentCaptured(razorpayPaymentId, initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();
		UUID late = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("SELECT id FROM payments WHERE order_id = :id AND late_capture")
				.param("id", order.orderId())
				.query(UUID.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
		this.flow.awaitStatus(late, "REFUNDED");
		this.orders.requestRefund(order, late, "230.00");
		this.orders.requestRefund(order, late, "230.00");

		assertThat(this.flow.status(initiated.paymentId())).as("the cancelled payment stays cancelled")
			.isEqualTo("CANCELLED");
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 2);
		assertThat(events).extracting(EventEnvelope::type).containsExactly("PaymentCompleted", "RefundProcessed");
		assertThat(this.json.payload(events.get(1), RefundProcessed.class)).satisfies((refund) -> {
			assertThat(refund.paymentId()).isEqualTo(late);
			assertThat(refund.amount()).isEqualByComparingTo("230.00");
			assertThat(refund.totalRefunded()).isEqualByComparingTo("230.00");
			assertThat(refund.fullyRefunded()).isTrue();
			assertThat(refund.method()).isEqualTo(RefundProcessed.Method.ORIGINAL_METHOD);
		});
		List<LoggedRequest> refunds = refundsSentFor(razorpayPaymentId);
		assertThat(refunds).hasSize(1);
		assertThat(refunds.get(0).getHeader("X-Refund-Idempotency"))
			.isEqualTo(this.jdbc.sql("SELECT id::text FROM refunds WHERE payment_id = :id")
				.param("id", late)
				.query(String.class)
				.single());
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id", late)).isOne();
	}

	@Test
	void aPaymentBeingConfirmedWhenItsOrderIsCancelledIsRefundedOnceCaptured() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("240.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		RazorpayStub.stubPayment(razorpayPaymentId,
				RazorpayStub.payment(razorpayPaymentId, initiated.razorpayOrderId(), order.paise(), "created", "upi"));
		assertThat(Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId))))
			.containsEntry("status", "PROCESSING");

		this.orders.cancel(order);
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PROCESSING");
		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentCaptured(razorpayPaymentId, initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();

		this.flow.awaitStatus(initiated.paymentId(), "REFUNDED");
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
		assertThat(refundsSentFor(razorpayPaymentId)).hasSize(1);
	}

	@Test
	void aRefundTheOrderServiceAsksForHappensOncePerPayment() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("250.00");
		Flow.Paid paid = this.flow.pay(order);

		EventEnvelope request = this.orders.publish(new com.jainshikanji.common.events.order.RefundRequested(
				order.orderId(), order.number(), order.customerId(), paid.paymentId(),
				new java.math.BigDecimal("250.00"), "Cancelled by store", Instant.now()));
		this.orders.publish(request);
		this.orders.requestRefund(order, paid.paymentId(), "250.00");

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 2);
		assertThat(events).extracting(EventEnvelope::type).containsExactly("PaymentCompleted", "RefundProcessed");
		assertThat(refundsSentFor(paid.razorpayPaymentId())).hasSize(1);
		Map<String, Object> refund = this.jdbc.sql("SELECT kind, reason, amount FROM refunds WHERE payment_id = :id")
			.param("id", paid.paymentId())
			.query()
			.singleRow();
		assertThat(refund).containsEntry("kind", "COMPENSATION").containsEntry("reason", "Cancelled by store");
	}

	@Test
	void aRefundAskedForBeyondWhatIsLeftRefundsWhatIsLeft() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("300.00");
		Flow.Paid paid = paidThenPartlyRefundedByStaff(order, "100.00", "missing-item-1");

		this.orders.requestRefund(order, paid.paymentId(), "300.00");

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		assertThat(this.jdbc.sql("SELECT amount FROM refunds WHERE payment_id = :id AND kind = 'COMPENSATION'")
			.param("id", paid.paymentId())
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("200.00");
	}

	/**
	 * The order service's reason is "Order ... was cancelled: " and up to 500 characters
	 * of the customer's own; a refund's reason holds 500.
	 */
	@Test
	void aRefundAskedForWithAReasonLongerThanARefundKeepsIsMadeWithTheReasonCut() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("260.00");
		Flow.Paid paid = this.flow.pay(order);
		String prefix = "Order " + order.number() + " was cancelled: ";
		String reason = prefix + "x".repeat(600 - prefix.length());

		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "260.00", reason));

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		Map<String, Object> refund = this.jdbc.sql("SELECT kind, reason FROM refunds WHERE payment_id = :id")
			.param("id", paid.paymentId())
			.query()
			.singleRow();
		assertThat(refund).containsEntry("kind", "COMPENSATION")
			.containsEntry("reason", reason.substring(0, 499) + "…");
		assertThat(refundsSentFor(paid.razorpayPaymentId())).hasSize(1);
	}

	/**
	 * Clients may send any Idempotency-Key, "compensation" too: a staff refund under it
	 * is not the payment's compensation.
	 */
	@Test
	void aStaffRefundUnderTheKeyCompensationLeavesTheCompensationToBeMade() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("270.00");
		Flow.Paid paid = paidThenPartlyRefundedByStaff(order, "1.00", "compensation");

		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "270.00"));

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		assertThat(this.jdbc.sql("SELECT kind || ' ' || amount FROM refunds WHERE payment_id = :id ORDER BY created_at")
			.param("id", paid.paymentId())
			.query(String.class)
			.list()).containsExactly("REQUESTED 1.00", "COMPENSATION 269.00");
		assertThat(Api.ok(staffRefund(order, paid, "1.00", "compensation")))
			.as("the key still answers the staff refund it made")
			.containsEntry("kind", "REQUESTED")
			.containsEntry("amount", 1.0);
		assertThat(refundsSentFor(paid.razorpayPaymentId())).hasSize(2);
	}

	/**
	 * Razorpay refunds no less than INR 1.00: a compensation of less would only be
	 * refused, so it is not sent; but the customer's money is not kept either: it is
	 * owed, once however often the order service asks, for staff to give back another
	 * way.
	 */
	@Test
	void aCompensationOfLessThanRazorpayRefundsIsNotSentButOwedForStaff() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("280.00");
		Flow.Paid paid = paidThenPartlyRefundedByStaff(order, "279.50", "spilled-280");

		EventEnvelope request = this.orders.requestRefund(order, paid.paymentId(), "280.00");
		this.orders.awaitApplied(request);
		this.orders.publish(request);
		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "280.00"));

		assertThat(Api.ok(this.api.get("/api/v1/payments/" + paid.paymentId(), order.staff())))
			.containsEntry("status", "PARTIALLY_REFUNDED")
			.containsEntry("refundable", 0.5)
			.containsEntry("refundOwed", 0.5);
		assertThat(this.flow.refundsOwed(order.staff(), 0, 200)).contains(paid.paymentId().toString());
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id AND kind = 'COMPENSATION'",
				paid.paymentId()))
			.isZero();
		assertThat(refundsSentFor(paid.razorpayPaymentId())).hasSize(1);
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
	}

	/**
	 * Discounts may pay for a whole cash-on-delivery order: the order service confirms it
	 * at once, still "cod", and marks it delivered with the cash (none) collected.
	 */
	@Test
	void aCashOrderThatCostsNothingIsKnownWithoutAPaymentAndItsDeliveryNeedsNone() {
		OrderEvents.PlacedOrder order = this.orders.placeCash("0.00");

		this.orders.awaitApplied(this.orders.deliver(order, true));

		this.orders.awaitStatus(order, "DELIVERED");
		assertThat(this.flow.count("SELECT count(*) FROM payments WHERE order_id = :id", order.orderId())).isZero();
		this.flow.paymentEvents(order.orderId(), 0);
	}

	@Test
	void aCancellationOvertakingTheCreationKeepsTheOrderCancelled() {
		OrderEvents.PlacedOrder order = new OrderEvents.PlacedOrder(UUID.randomUUID(), "ORDLATE0001", UUID.randomUUID(),
				UUID.randomUUID(), new java.math.BigDecimal("60.00"), "cod");
		this.orders.publish(new OrderCancelled(order.orderId(), order.number(), order.customerId(), order.storeId(),
				"confirmed", "customer", "Changed my mind", List.of(),
				new com.jainshikanji.common.events.order.OrderAmounts(order.total(), order.total(), order.total(),
						order.total(), order.total(), order.total()),
				Instant.now()));
		this.orders.awaitStatus(order, "CANCELLED");

		this.orders.publish(this.orders.created(order, null));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> "cod".equals(this.jdbc.sql("SELECT payment_method FROM known_orders WHERE order_id = :id")
				.param("id", order.orderId())
				.query(String.class)
				.optional()
				.orElse(null)));
		this.orders.awaitStatus(order, "CANCELLED");
		assertThat(this.flow.count("SELECT count(*) FROM payments WHERE order_id = :id", order.orderId())).isZero();
	}

	private UUID paymentOf(OrderEvents.PlacedOrder order) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("SELECT id FROM payments WHERE order_id = :id")
				.param("id", order.orderId())
				.query(UUID.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	/** Pays the order online, then its store's staff refund part of it under the key. */
	private Flow.Paid paidThenPartlyRefundedByStaff(OrderEvents.PlacedOrder order, String amount, String key) {
		Flow.Paid paid = this.flow.pay(order);
		Api.json(staffRefund(order, paid, amount, key), 201);
		this.flow.awaitStatus(paid.paymentId(), "PARTIALLY_REFUNDED");
		return paid;
	}

	private RestTestClient.ResponseSpec staffRefund(OrderEvents.PlacedOrder order, Flow.Paid paid, String amount,
			String key) {
		return this.api.exchange(org.springframework.http.HttpMethod.POST,
				"/api/v1/payments/" + paid.paymentId() + "/refund", order.staff(),
				Map.of("amount", new BigDecimal(amount), "reason", "Missing item"), Map.of("Idempotency-Key", key));
	}

	private static List<LoggedRequest> refundsSentFor(String razorpayPaymentId) {
		return Flow.refundsSent(razorpayPaymentId);
	}

}
