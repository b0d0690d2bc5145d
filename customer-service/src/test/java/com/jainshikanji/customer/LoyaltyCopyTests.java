package com.jainshikanji.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.loyalty.LoyaltyPointsChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The profile's loyalty points and tier follow the loyalty service's events: the newest
 * revision wins, whatever order they come in and however often.
 */
@CustomerServiceTest
class LoyaltyCopyTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String token;

	UUID userId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.token = this.api.register(Api.uniqueEmail(), Api.PASSWORD).accessToken();
		this.userId = UUID.fromString((String) profile().get("id"));
	}

	@Test
	void theNewestRevisionWinsWhateverTheOrderAndRedeliveries() throws Exception {
		EventEnvelope silver = publish(
				new LoyaltyPointsChanged(this.userId, 520, "SILVER", 20, "earn", 3, Instant.now()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(profile()).containsEntry("loyaltyPoints", 520)
				.containsEntry("loyaltyTier", "SILVER"));

		EventEnvelope stale = publish(
				new LoyaltyPointsChanged(this.userId, 500, "BRONZE", 500, "bonus", 2, Instant.now()));
		publish(silver);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
				.param("id", stale.eventId())
				.query(Long.class)
				.single() == 1);
		assertThat(profile()).containsEntry("loyaltyPoints", 520).containsEntry("loyaltyTier", "SILVER");

		publish(new LoyaltyPointsChanged(this.userId, 470, "SILVER", -50, "redeem", 4, Instant.now()));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(profile()).containsEntry("loyaltyPoints", 470)
				.containsEntry("loyaltyTier", "SILVER"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> profile() {
		return this.api.get("/api/v1/customers/me", this.token).expectBody(Map.class).returnResult().getResponseBody();
	}

	private EventEnvelope publish(LoyaltyPointsChanged event) throws Exception {
		return publish(this.json.envelope(event, Instant.now(), null));
	}

	private EventEnvelope publish(EventEnvelope envelope) throws Exception {
		this.kafka.send(Topics.LOYALTY, envelope.aggregateId(), this.json.write(envelope)).get();
		return envelope;
	}

}
