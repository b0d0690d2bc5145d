package com.jainshikanji.payment.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.payment.PaymentServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A webhook just stored is processed by the request that stored it, not raced for by the
 * retries (which would let that request answer before the webhook took effect); one left
 * behind, its request having died, is taken up by the retries after the handover.
 */
@PaymentServiceTest
class WebhookHandoverTests {

	@Autowired
	WebhookInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRetriesTakeOnlyAWebhookItsRequestLeftBehind() {
		String facts = Webhooks.JSON.writeValueAsString(new WebhookFacts("payment.authorized", null, null));
		Instant now = Instant.now();
		String leftBehind = "evt_left_" + UUID.randomUUID().toString().substring(0, 8);
		String justStored = "evt_new_" + UUID.randomUUID().toString().substring(0, 8);

		this.inbox.store(leftBehind, "payment.authorized", facts, now.minus(WebhookInbox.HANDOVER).minusSeconds(1));
		this.inbox.store(justStored, "payment.authorized", facts, now);

		// The retries run every 200 ms here, and one run looks at both.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(leftBehind)).isEqualTo("IGNORED"));
		assertThat(status(justStored)).isEqualTo("RECEIVED");
	}

	private String status(String eventId) {
		return this.jdbc.sql("SELECT status FROM provider_webhooks WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

}
