package com.jainshikanji.payment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks the service could not apply are parked for an operator, who sees them and
 * retries or discards each; nobody else may.
 */
@PaymentServiceTest
class ParkedWebhooksTests {

	private static final String PARKED = "/api/v1/admin/webhooks/parked";

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
	void aCaptureForAnotherAmountIsParkedListedForAdminsAndCanBeDiscarded() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("120.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		SignedWebhook wrongAmount = SignedWebhook
			.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), initiated.razorpayOrderId(), order.paise() + 100));

		double parkedBefore = parkedGauge();

		this.api.webhook(wrongAmount).expectStatus().isOk();

		Map<String, Object> listed = listed(wrongAmount.eventId());
		assertThat(listed).containsEntry("status", "PARKED")
			.containsEntry("eventType", "payment.captured")
			.containsEntry("lastError", "Contradicts the payment or refund it names");
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
		assertThat(parkedGauge()).isEqualTo(parkedBefore + 1);

		Map<String, Object> discarded = Api
			.ok(this.api.post(action(wrongAmount.eventId(), "discard"), TestTokens.admin(), null));

		assertThat(discarded).containsEntry("eventId", wrongAmount.eventId()).containsEntry("status", "DISCARDED");
		assertThat(parkedIds()).doesNotContain(wrongAmount.eventId());
		assertThat(parkedGauge()).isEqualTo(parkedBefore);
		assertThat(problem(this.api.post(action(wrongAmount.eventId(), "discard"), TestTokens.admin(), null), 409)
			.typeSlug()).isEqualTo("webhook-not-parked");
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'webhook.discarded' " + "AND target_id = :id")
			.param("id", wrongAmount.eventId())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aWebhookParkedAfterItsAttemptsIsAppliedOnceWhenAnAdminRetriesIt() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("140.00");
		String razorpayOrderId = "order_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		SignedWebhook capture = SignedWebhook
			.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), razorpayOrderId, order.paise()));
		// A capture naming a Razorpay order not known here is kept and retried...
		this.api.webhook(capture).expectStatus().isOk();
		assertThat(webhookStatus(capture.eventId())).isEqualTo("RETRYING");
		// ...until its attempts run out (hours, with the pauses growing to five minutes):
		// what the processor leaves after the last one.
		this.jdbc.sql("""
				UPDATE provider_webhooks SET status = 'PARKED', attempts = 15, next_attempt_at = NULL,
				    processed_at = now(), last_error = 'Names a payment or refund not known here (yet)'
				WHERE event_id = :eventId
				""").param("eventId", capture.eventId()).update();
		// The order it names becomes known afterwards; a parked webhook is left alone.
		RazorpayStub.stubOrderIdFor(order.number(), razorpayOrderId, order.paise());
		Flow.Initiated initiated = this.flow.initiate(order);
		assertThat(initiated.razorpayOrderId()).isEqualTo(razorpayOrderId);
		assertThat(listed(capture.eventId())).containsEntry("attempts", 15);
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");

		Map<String, Object> retried = Api
			.ok(this.api.post(action(capture.eventId(), "retry"), TestTokens.admin(), null));

		assertThat(retried).containsEntry("status", "PROCESSED").containsEntry("attempts", 1);
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
		assertThat(parkedIds()).doesNotContain(capture.eventId());
		assertThat(problem(this.api.post(action(capture.eventId(), "retry"), TestTokens.admin(), null), 409).detail())
			.contains("is processed; only a parked webhook can be retried");
	}

	@Test
	void onlyAdminsSeeOrActOnParkedWebhooks() {
		String eventId = "evt_" + UUID.randomUUID();
		List<String> others = List.of(TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()),
				TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of()));
		for (String path : List.of(action(eventId, "retry"), action(eventId, "discard"))) {
			assertThat(problem(this.api.post(path, null, null), 401).typeSlug()).isEqualTo("authentication-required");
			for (String token : others) {
				assertThat(problem(this.api.post(path, token, null), 403).typeSlug()).isEqualTo("access-denied");
			}
			assertThat(problem(this.api.post(path, TestTokens.admin(), null), 404).typeSlug())
				.isEqualTo("webhook-not-found");
		}
		this.api.get(PARKED, null).expectStatus().isUnauthorized();
		for (String token : others) {
			this.api.get(PARKED, token).expectStatus().isForbidden();
		}
		assertThat(problem(this.api.get(PARKED + "?size=500", TestTokens.admin()), 400).detail()).contains("size");
	}

	private Map<String, Object> listed(String eventId) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) Api
			.ok(this.api.get(PARKED + "?size=200", TestTokens.admin()))
			.get("items");
		return items.stream()
			.filter((item) -> eventId.equals(item.get("eventId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Not listed as parked: " + eventId + " in " + items));
	}

	private List<Object> parkedIds() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) Api
			.ok(this.api.get(PARKED + "?size=200", TestTokens.admin()))
			.get("items");
		return items.stream().map((item) -> item.get("eventId")).toList();
	}

	private static String action(String eventId, String action) {
		return "/api/v1/admin/webhooks/" + eventId + "/" + action;
	}

	private double parkedGauge() {
		return this.meters.get("payment.webhooks.parked").gauge().value();
	}

	private String webhookStatus(String eventId) {
		return this.jdbc.sql("SELECT status FROM provider_webhooks WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

}
