package com.jainshikanji.payment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.web.Problems;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Razorpay's webhooks: trusted only with the webhook secret's signature over the raw
 * bytes, stored once per event id, applied once however often and in whatever order they
 * come, and kept and retried when they cannot be applied yet.
 */
@PaymentServiceTest
class WebhookTests {

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@Test
	void aBodyReSerialisedWithOtherWhitespaceIsRefusedAndNothingIsStored() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("110.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		SignedWebhook signed = SignedWebhook
			.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), initiated.razorpayOrderId(), order.paise()));
		SignedWebhook reSerialised = signed
			.withBody(this.json.mapper().writeValueAsString(this.json.mapper().readTree(signed.text())));
		assertThat(reSerialised.text()).isNotEqualTo(signed.text());

		assertThat(Problems.problem(this.api.webhook(reSerialised), 400).typeSlug())
			.isEqualTo("invalid-webhook-signature");

		assertThat(stored(signed.eventId())).isZero();
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
	}

	@Test
	void aMissingSignatureOrOneMadeWithTheKeySecretIsRefused() {
		String body = SignedWebhook.paymentCaptured(Flow.newPaymentId(), "order_Unknown0000001", 100);
		SignedWebhook underKeySecret = new SignedWebhook(body.getBytes(),
				SignedWebhook.sign(RazorpayStub.KEY_SECRET, body.getBytes()), "evt_keysecret000001");

		assertThat(Problems.problem(this.api.webhook(underKeySecret), 400).typeSlug())
			.isEqualTo("invalid-webhook-signature");
		assertThat(Problems
			.problem(this.client.post()
				.uri("/api/v1/payments/webhook")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.header("X-Razorpay-Event-Id", "evt_unsigned0000001")
				.body(body)
				.exchange(), 400)
			.typeSlug()).isEqualTo("invalid-webhook-signature");
		assertThat(stored("evt_keysecret000001") + stored("evt_unsigned0000001")).isZero();
	}

	@Test
	void theSameWebhookThreeTimesCompletesThePaymentOnceAndPublishesOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("130.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		SignedWebhook captured = SignedWebhook
			.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), initiated.razorpayOrderId(), order.paise()));
		double completedBefore = completedOnline();

		List<Boolean> duplicates = List.of(duplicate(captured), duplicate(captured), duplicate(captured));

		assertThat(duplicates).containsExactly(false, true, true);
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("COMPLETED");
		assertThat(completedOnline() - completedBefore).isEqualTo(1);
		assertThat(stored(captured.eventId())).isOne();
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	@Test
	void theSameWebhookTenTimesAtOnceCompletesThePaymentOnceAndPublishesOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("140.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		SignedWebhook captured = SignedWebhook
			.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), initiated.razorpayOrderId(), order.paise()));

		List<Integer> statuses = Parallel.run(10, (i) -> this.api.webhook(captured).returnResult().getStatus().value());

		assertThat(statuses).containsOnly(200);
		this.flow.awaitStatus(initiated.paymentId(), "COMPLETED");
		assertThat(stored(captured.eventId())).isOne();
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	@Test
	void aCaptureAnnouncedByEveryRouteAtOnceCompletesThePaymentOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("150.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		RazorpayStub.stubPayment(razorpayPaymentId,
				RazorpayStub.payment(razorpayPaymentId, initiated.razorpayOrderId(), order.paise(), "captured", "upi"));
		String captured = SignedWebhook.paymentCaptured(razorpayPaymentId, initiated.razorpayOrderId(), order.paise());
		String paid = SignedWebhook.orderPaid(razorpayPaymentId, initiated.razorpayOrderId(), order.paise());

		List<Integer> statuses = Parallel.run(9, (i) -> switch (i % 3) {
			case 0 -> this.api.webhook(SignedWebhook.of(captured)).returnResult().getStatus().value();
			case 1 -> this.api.webhook(SignedWebhook.of(paid)).returnResult().getStatus().value();
			default -> this.api
				.post("/api/v1/payments/verify", order.customer(),
						Flow.checkoutAnswer(initiated.razorpayOrderId(), razorpayPaymentId))
				.returnResult()
				.getStatus()
				.value();
		});

		assertThat(statuses).containsOnly(200);
		this.flow.awaitStatus(initiated.paymentId(), "COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	private double completedOnline() {
		return this.meters.get("payments.completed")
			.counters()
			.stream()
			.filter((counter) -> !"cod".equals(counter.getId().getTag("method")))
			.mapToDouble(io.micrometer.core.instrument.Counter::count)
			.sum();
	}

	@Test
	void paymentFailedTwiceFailsThePaymentOnceAndPublishesOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("160.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		String failed = SignedWebhook.paymentFailed(razorpayPaymentId, initiated.razorpayOrderId(), order.paise());
		double failuresBefore = this.meters.get("payments.failed").counter().count();

		this.api.webhook(SignedWebhook.of(failed)).expectStatus().isOk();
		this.api.webhook(SignedWebhook.of(failed)).expectStatus().isOk();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("FAILED");
		assertThat(this.meters.get("payments.failed").counter().count() - failuresBefore).isEqualTo(1);
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 1);
		assertThat(this.json.payload(events.get(0), PaymentFailed.class)).satisfies((payment) -> {
			assertThat(payment.paymentId()).isEqualTo(initiated.paymentId());
			assertThat(payment.amount()).isEqualByComparingTo("160.00");
			assertThat(payment.reason()).isEqualTo("Payment failed because the bank declined it");
		});
	}

	/**
	 * PostgreSQL takes no NUL character in any text or JSONB value: a signed webhook with
	 * one was a 500, which Razorpay retries until it gives up on the endpoint.
	 */
	@Test
	void aNulCharacterInASignedWebhookIsKeptAsAReplacementCharacter() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("165.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String failed = SignedWebhook.paymentFailed(Flow.newPaymentId(), initiated.razorpayOrderId(), order.paise())
			.replace("Payment failed because the bank declined it", "Declined\\u0000by the bank");

		this.api.webhook(SignedWebhook.of(failed)).expectStatus().isOk();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("FAILED");
		assertThat(this.json.payload(this.flow.paymentEvents(order.orderId(), 1).get(0), PaymentFailed.class).reason())
			.isEqualTo("Declined\uFFFDby the bank");
	}

	@Test
	void aFailureArrivingAfterTheCaptureChangesNothing() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("170.00");
		Flow.Paid paid = this.flow.pay(order);

		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentFailed(Flow.newPaymentId(), paid.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();
		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentFailed(paid.razorpayPaymentId(), paid.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();

		assertThat(this.flow.status(paid.paymentId())).isEqualTo("COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	/**
	 * Razorpay may still capture the attempt it reported failed (a late authorisation):
	 * the money is a late capture of its own under the same Razorpay payment, refunded
	 * once however often the capture is reported, and the failed payment stays failed.
	 */
	@Test
	void aCaptureOfTheAttemptThatFailedIsALateCaptureRefundedOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("175.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String razorpayPaymentId = Flow.newPaymentId();
		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentFailed(razorpayPaymentId, initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();
		this.orders.cancel(order);
		String captured = SignedWebhook.paymentCaptured(razorpayPaymentId, initiated.razorpayOrderId(), order.paise());
		SignedWebhook first = SignedWebhook.of(captured);
		SignedWebhook again = SignedWebhook.of(captured);

		for (SignedWebhook webhook : List.of(first, first, again)) {
			this.api.webhook(webhook).expectStatus().isOk();
		}

		assertThat(webhookStatus(first.eventId())).isEqualTo("PROCESSED");
		assertThat(webhookStatus(again.eventId())).isEqualTo("PROCESSED");
		List<Map<String, Object>> late = this.jdbc
			.sql("SELECT id, provider_payment_id FROM payments WHERE order_id = :id AND late_capture")
			.param("id", order.orderId())
			.query()
			.listOfRows();
		assertThat(late).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("provider_payment_id", razorpayPaymentId);
			this.flow.awaitStatus((UUID) row.get("id"), "REFUNDED");
			assertThat(this.jdbc.sql("SELECT kind FROM refunds WHERE payment_id = :id")
				.param("id", row.get("id"))
				.query(String.class)
				.list()).containsExactly("COMPENSATION");
		});
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("FAILED");
		assertThat(RazorpayStub.server()
			.findAll(postRequestedFor(urlPathEqualTo("/v1/payments/" + razorpayPaymentId + "/refund")))).hasSize(1);
		assertThat(this.flow.paymentEvents(order.orderId(), 3)).extracting(EventEnvelope::type)
			.containsExactly("PaymentFailed", "PaymentCompleted", "RefundProcessed");
		this.orders.awaitStatus(order, "CANCELLED");
	}

	@Test
	void aWebhookForARazorpayOrderNotKnownYetIsKeptAndAppliedOnceItIs() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("180.00");
		String razorpayOrderId = "order_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		RazorpayStub.stubOrderIdFor(order.number(), razorpayOrderId, order.paise());
		SignedWebhook early = SignedWebhook
			.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), razorpayOrderId, order.paise()));

		this.api.webhook(early).expectStatus().isOk();
		assertThat(webhookStatus(early.eventId())).isEqualTo("RETRYING");

		Flow.Initiated initiated = this.flow.initiate(order);
		assertThat(initiated.razorpayOrderId()).isEqualTo(razorpayOrderId);

		this.flow.awaitStatus(initiated.paymentId(), "COMPLETED");
		assertThat(webhookStatus(early.eventId())).isEqualTo("PROCESSED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	@Test
	void cardUpiAndContactDetailsOfAWebhookAreNeverStored() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("190.00");
		Flow.Paid paid = this.flow.pay(order);

		String stored = this.jdbc
			.sql("SELECT string_agg(facts::text, ' ') FROM provider_webhooks "
					+ "WHERE facts -> 'payment' ->> 'order_id' = :id")
			.param("id", paid.razorpayOrderId())
			.query(String.class)
			.single();

		assertThat(stored).contains(paid.razorpayPaymentId(), "\"method\": \"upi\"")
			.doesNotContain("last4", "1111", "exampleupi", "gaurav", "+919000090000", "card_DG4ZdUO3xABb20",
					"acquirer_data");
	}

	@Test
	void eventsThisServiceDoesNotActOnAreStoredAsIgnored() {
		String body = SignedWebhook.paymentCaptured(Flow.newPaymentId(), "order_NotOurs00000001", 100)
			.replace("payment.captured", "payment.authorized");
		SignedWebhook authorized = SignedWebhook.of(body);

		assertThat(Api.ok(this.api.webhook(authorized))).containsEntry("duplicate", false);
		assertThat(webhookStatus(authorized.eventId())).isEqualTo("IGNORED");
	}

	@Test
	void aSignedBodyThatIsNotAnEventOrHasNoEventIdIsABadRequest() {
		SignedWebhook notAnEvent = SignedWebhook.of("{\"hello\": \"world\"}");
		SignedWebhook noId = SignedWebhook.of(SignedWebhook.paymentCaptured("pay_x", "order_y", 1), "");

		assertThat(Problems.problem(this.api.webhook(notAnEvent), 400).typeSlug()).isEqualTo("invalid-webhook");
		assertThat(Problems
			.problem(this.client.post()
				.uri("/api/v1/payments/webhook")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.header("X-Razorpay-Signature", noId.signature())
				.body(noId.body())
				.exchange(), 400)
			.typeSlug()).isEqualTo("invalid-webhook");
	}

	private boolean duplicate(SignedWebhook webhook) {
		Map<String, Object> answer = Api.ok(this.api.webhook(webhook));
		return (Boolean) answer.get("duplicate");
	}

	private int stored(String eventId) {
		return this.flow.count("SELECT count(*) FROM provider_webhooks WHERE event_id = :id", eventId);
	}

	private String webhookStatus(String eventId) {
		return this.jdbc.sql("SELECT status FROM provider_webhooks WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

}
