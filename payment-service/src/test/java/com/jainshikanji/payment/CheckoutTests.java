package com.jainshikanji.payment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Razorpay Standard Checkout from the app's side: initiate creates one Razorpay order for
 * the order's own amount, verify accepts only Razorpay's signature over the order we
 * stored and confirms the capture with Razorpay.
 */
@PaymentServiceTest
class CheckoutTests {

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
	void initiateCreatesARazorpayOrderForTheOrdersOwnAmountAndReturnsWhatCheckoutNeeds() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("249.50");

		Flow.Initiated initiated = this.flow.initiate(order);

		assertThat(initiated.body()).containsEntry("orderId", order.orderId().toString())
			.containsEntry("status", "PENDING")
			.containsEntry("amount", 249.5)
			.containsEntry("currency", "INR");
		assertThat(initiated.body().get("checkout"))
			.isEqualTo(Map.of("key", RazorpayStub.KEY_ID, "order_id", initiated.razorpayOrderId(), "amount", 24950,
					"currency", "INR", "name", "Jain Shikanji", "description", "Order " + order.number()));
		assertThat(initiated.razorpayOrderId()).startsWith("order_");
		List<LoggedRequest> created = createdOrders(order);
		assertThat(created).hasSize(1);
		Map<String, Object> sent = this.json.mapper().readValue(created.get(0).getBodyAsString(), Map.class);
		assertThat(sent).containsEntry("amount", 24950)
			.containsEntry("currency", "INR")
			.containsEntry("receipt", order.number());
		assertThat(sent.get("notes")).isEqualTo(Map.of("order_id", order.orderId().toString(), "order_number",
				order.number(), "payment_id", initiated.paymentId().toString()));
		assertThat(created.get(0).getHeader(HttpHeaders.AUTHORIZATION)).startsWith("Basic ");
	}

	@Test
	void initiatingAgainReturnsTheSameRazorpayOrderWhileItIsPayable() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("120.00");
		Flow.Initiated first = this.flow.initiate(order);

		Map<String, Object> again = Api
			.ok(this.api.post("/api/v1/payments/initiate", order.customer(), Map.of("orderId", order.orderId())));

		assertThat(again).containsEntry("paymentId", first.paymentId().toString());
		assertThat(again.get("checkout")).isEqualTo(first.body().get("checkout"));
		assertThat(createdOrders(order)).hasSize(1);
	}

	@Test
	void concurrentInitiatesCreateOneRazorpayOrderAndOnePayment() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("99.00");
		String token = order.customer();

		List<Integer> statuses = Parallel.run(8,
				(i) -> this.api.post("/api/v1/payments/initiate", token, Map.of("orderId", order.orderId()))
					.returnResult()
					.getStatus()
					.value());

		assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(createdOrders(order)).hasSize(1);
		assertThat(this.flow.count("SELECT count(*) FROM payments WHERE order_id = :id", order.orderId())).isOne();
	}

	@Test
	void anOrderNotKnownYetIsAConflictToRetryInASecond() {
		var response = this.api.post("/api/v1/payments/initiate", TestTokens.customer(),
				Map.of("orderId", UUID.randomUUID()));

		response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");
		assertThat(Problems.problem(response, 409).typeSlug()).isEqualTo("order-not-yet-known");
	}

	@Test
	void onlyTheOrdersCustomerMayInitiateIt() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("80.00");

		Problem problem = Problems.problem(
				this.api.post("/api/v1/payments/initiate", TestTokens.customer(), Map.of("orderId", order.orderId())),
				404);

		assertThat(problem.typeSlug()).isEqualTo("order-not-found");
		assertThat(createdOrders(order)).isEmpty();
	}

	@Test
	void cashOverdueAndFreeOrdersCannotBePaidOnline() {
		OrderEvents.PlacedOrder cash = this.orders.placeCash("150.00");
		OrderEvents.PlacedOrder overdue = this.orders.placeOverdue("150.00");
		OrderEvents.PlacedOrder free = this.orders.placeOnline("0.00");

		for (OrderEvents.PlacedOrder order : List.of(cash, overdue, free)) {
			Problem problem = Problems.problem(
					this.api.post("/api/v1/payments/initiate", order.customer(), Map.of("orderId", order.orderId())),
					409);
			assertThat(problem.typeSlug()).isEqualTo("order-not-payable");
			assertThat(createdOrders(order)).isEmpty();
		}
		assertThat(Problems
			.problem(this.api.post("/api/v1/payments/initiate", free.customer(), Map.of("orderId", free.orderId())),
					409)
			.detail()).contains("nothing to pay");
	}

	/**
	 * A cancelled order is never paid again, and initiate says so, whatever its payments
	 * did: none, one cancelled with it, one that failed (which cancelled it), or money
	 * that came late and went back.
	 */
	@Test
	void aCancelledOrderIsSaidToBeCancelledWhateverItsPaymentsDid() {
		OrderEvents.PlacedOrder unpaid = this.orders.placeOnline("150.00");
		this.orders.cancel(unpaid);
		OrderEvents.PlacedOrder abandoned = this.orders.placeOnline("151.00");
		this.flow.initiate(abandoned);
		this.orders.cancel(abandoned);
		OrderEvents.PlacedOrder failed = this.orders.placeOnline("152.00");
		this.flow.fail(failed, this.flow.initiate(failed), Flow.newPaymentId());
		assertThat(initiateProblem(failed).typeSlug()).as("failed, not cancelled yet").isEqualTo("order-not-payable");
		this.orders.cancel(failed);
		OrderEvents.PlacedOrder refunded = this.orders.placeOnline("153.00");
		Flow.Initiated late = this.flow.initiate(refunded);
		this.orders.cancel(refunded);
		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), late.razorpayOrderId(), refunded.paise())))
			.expectStatus()
			.isOk();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.flow.count(
					"SELECT count(*) FROM payments WHERE order_id = :id AND late_capture " + "AND status = 'REFUNDED'",
					refunded.orderId()) == 1);

		for (OrderEvents.PlacedOrder order : List.of(unpaid, abandoned, failed, refunded)) {
			Problem problem = initiateProblem(order);
			assertThat(problem.typeSlug()).as("order %s", order.total()).isEqualTo("order-cancelled");
			assertThat(problem.title()).isEqualTo("Order was cancelled");
			assertThat(problem.detail()).contains("was cancelled");
		}
		assertThat(createdOrders(unpaid)).isEmpty();
		assertThat(createdOrders(refunded)).hasSize(1);
	}

	@Test
	void aPaidOrderCannotBeInitiatedAgain() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("60.00");
		this.flow.pay(order);

		Problem problem = Problems.problem(
				this.api.post("/api/v1/payments/initiate", order.customer(), Map.of("orderId", order.orderId())), 409);

		assertThat(problem.typeSlug()).isEqualTo("order-already-paid");
	}

	@Test
	void aVerifiedCheckoutWhoseCaptureRazorpayConfirmsCompletesThePaymentOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("75.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		RazorpayStub.stubPayment(razorpayPaymentId,
				RazorpayStub.payment(razorpayPaymentId, initiated.razorpayOrderId(), 7500, "captured", "card"));

		Map<String, Object> verified = Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId)));
		Map<String, Object> again = Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId)));

		assertThat(verified).containsEntry("status", "COMPLETED")
			.containsEntry("providerPaymentId", razorpayPaymentId)
			.containsEntry("method", "card");
		assertThat(again).containsEntry("status", "COMPLETED");
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 1);
		assertThat(this.json.payload(events.get(0), PaymentCompleted.class)).satisfies((completed) -> {
			assertThat(completed.paymentId()).isEqualTo(initiated.paymentId());
			assertThat(completed.amount()).isEqualByComparingTo("75.00");
			assertThat(completed.method()).isEqualTo("card");
			assertThat(completed.providerPaymentId()).isEqualTo(razorpayPaymentId);
		});
	}

	@Test
	void anAuthorizedPaymentIsCapturedForTheOrdersAmount() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("42.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		RazorpayStub.stubPayment(razorpayPaymentId,
				RazorpayStub.payment(razorpayPaymentId, initiated.razorpayOrderId(), 4200, "authorized", "upi"));
		RazorpayStub.stubCapture(razorpayPaymentId,
				RazorpayStub.payment(razorpayPaymentId, initiated.razorpayOrderId(), 4200, "captured", "upi"));

		Map<String, Object> verified = Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId)));

		assertThat(verified).containsEntry("status", "COMPLETED");
		RazorpayStub.server()
			.verify(1,
					postRequestedFor(urlPathEqualTo("/v1/payments/" + razorpayPaymentId + "/capture"))
						.withRequestBody(matchingJsonPath("$.amount", WireMock.equalTo("4200")))
						.withRequestBody(matchingJsonPath("$.currency", WireMock.equalTo("INR"))));
	}

	@Test
	void aTamperedSignatureOrPaymentIdIsRefusedAndChangesNothing() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("55.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		Map<String, String> answer = Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId);
		String signature = answer.get("razorpay_signature");
		String flipped = signature.substring(0, 10) + (signature.charAt(10) == 'a' ? 'b' : 'a')
				+ signature.substring(11);

		Problem tamperedSignature = Problems.problem(this.api.post("/api/v1/payments/verify", order.customer(),
				Map.of("razorpay_order_id", initiated.razorpayOrderId(), "razorpay_payment_id", razorpayPaymentId,
						"razorpay_signature", flipped)),
				400);
		Problem tamperedPayment = Problems.problem(this.api.post("/api/v1/payments/verify", order.customer(),
				Map.of("razorpay_order_id", initiated.razorpayOrderId(), "razorpay_payment_id", Flow.newPaymentId(),
						"razorpay_signature", signature)),
				400);

		assertThat(tamperedSignature.typeSlug()).isEqualTo("invalid-payment-signature");
		assertThat(tamperedPayment.typeSlug()).isEqualTo("invalid-payment-signature");
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("SELECT provider_payment_id FROM payments WHERE id = :id")
			.param("id", initiated.paymentId())
			.query(String.class)
			.optional()).isEmpty();
		RazorpayStub.server().verify(0, WireMock.getRequestedFor(urlPathEqualTo("/v1/payments/" + razorpayPaymentId)));
	}

	@Test
	void aSignatureForAnotherCustomersOrderIsNotFound() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("35.00");
		Flow.Initiated initiated = this.flow.initiate(order);

		Problem problem = Problems.problem(this.api.post("/api/v1/payments/verify", TestTokens.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), Flow.newPaymentId())), 404);

		assertThat(problem.typeSlug()).isEqualTo("payment-not-found");
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
	}

	@Test
	void whenRazorpayCannotConfirmTheCaptureThePaymentStaysProcessingUntilTheWebhookSettlesIt() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("64.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		RazorpayStub.server()
			.stubFor(WireMock.get(urlPathEqualTo("/v1/payments/" + razorpayPaymentId))
				.willReturn(WireMock.aResponse()
					.withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

		Map<String, Object> verified = Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId)));
		assertThat(verified).containsEntry("status", "PROCESSING");

		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentCaptured(razorpayPaymentId, initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();
		this.flow.awaitStatus(initiated.paymentId(), "COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	/**
	 * Razorpay reported the first attempt failed (the payment failed), then the customer
	 * paid again in the same Checkout: verify answers about the money the signature
	 * names, the late capture being given back, not the failed attempt.
	 */
	@Test
	void aVerifiedPaymentCapturedAfterTheFirstAttemptFailedIsAnsweredAsTheLateCaptureGoingBack() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("88.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String failedAttempt = Flow.newPaymentId();
		this.flow.fail(order, initiated, failedAttempt);

		Map<String, Object> verified = verifyCaptured(order, initiated, Flow.newPaymentId());

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("FAILED");
		RazorpayStub.stubPayment(failedAttempt,
				RazorpayStub.payment(failedAttempt, initiated.razorpayOrderId(), order.paise(), "failed", "upi"));
		assertThat(Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), failedAttempt))))
			.as("the failed attempt's own answer is still the failed payment")
			.containsEntry("id", initiated.paymentId().toString())
			.containsEntry("status", "FAILED");
		this.flow.awaitStatus(UUID.fromString((String) verified.get("id")), "REFUNDED");
	}

	/**
	 * The customer paid after the order was cancelled: verify answers with that money's
	 * own payment, refunded by itself, never with the cancelled one.
	 */
	@Test
	void aVerifiedPaymentCapturedAfterTheOrderWasCancelledIsAnsweredAsTheLateCaptureGoingBack() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("89.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		this.orders.cancel(order);
		this.flow.awaitStatus(initiated.paymentId(), "CANCELLED");

		Map<String, Object> verified = verifyCaptured(order, initiated, Flow.newPaymentId());

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("CANCELLED");
		this.flow.awaitStatus(UUID.fromString((String) verified.get("id")), "REFUNDED");
		assertThat(Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), (String) verified.get("providerPaymentId")))))
			.as("answered again, once refunded")
			.containsEntry("id", verified.get("id"))
			.containsEntry("lateCapture", true)
			.containsEntry("status", "REFUNDED");
	}

	/**
	 * Razorpay captured the payment the signature names after ours had ended: verify
	 * answers with the late capture it became, refunded or being refunded, once however
	 * often it is verified.
	 */
	private Map<String, Object> verifyCaptured(OrderEvents.PlacedOrder order, Flow.Initiated initiated,
			String razorpayPaymentId) {
		RazorpayStub.stubPayment(razorpayPaymentId,
				RazorpayStub.payment(razorpayPaymentId, initiated.razorpayOrderId(), order.paise(), "captured", "upi"));

		Map<String, Object> verified = Api.ok(this.api.post("/api/v1/payments/verify", order.customer(),
				Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId)));

		assertThat(verified).containsEntry("lateCapture", true)
			.containsEntry("providerPaymentId", razorpayPaymentId)
			.containsEntry("orderId", order.orderId().toString())
			.containsEntry("refundable", 0.0)
			.doesNotContainEntry("id", initiated.paymentId().toString());
		assertThat((String) verified.get("status")).isIn("COMPLETED", "REFUNDED");
		UUID late = this.jdbc.sql("SELECT id FROM payments WHERE provider_payment_id = :id AND late_capture")
			.param("id", razorpayPaymentId)
			.query(UUID.class)
			.single();
		assertThat(verified).containsEntry("id", late.toString());
		return verified;
	}

	private Problem initiateProblem(OrderEvents.PlacedOrder order) {
		return Problems.problem(
				this.api.post("/api/v1/payments/initiate", order.customer(), Map.of("orderId", order.orderId())), 409);
	}

	private static List<LoggedRequest> createdOrders(OrderEvents.PlacedOrder order) {
		return RazorpayStub.server()
			.findAll(postRequestedFor(urlPathEqualTo("/v1/orders"))
				.withRequestBody(matchingJsonPath("$.receipt", WireMock.equalTo(order.number()))));
	}

}
