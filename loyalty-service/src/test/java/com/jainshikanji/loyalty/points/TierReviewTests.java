package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.loyalty.LoyaltyServiceTest;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tier falls when the earnings behind it leave the rolling window, on the day, not at
 * the customer's next points change; the review publishes the change once however often
 * and however concurrently it runs.
 */
@LoyaltyServiceTest
class TierReviewTests {

	@Autowired
	PointsLedger points;

	@Autowired
	LoyaltyProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventJson json;

	@Autowired
	Clock clock;

	@Test
	void aTierFallsWhenItsEarningsLeaveTheWindowAndTheChangeIsPublishedOnce() throws Exception {
		UUID customer = UUID.randomUUID();
		try (TopicReader loyalty = TopicReader.of(Topics.LOYALTY)) {
			this.points.earnForOrder(customer, UUID.randomUUID(), "ORD-1", new BigDecimal("5000.00"));
			assertThat(tierAndSequence(customer)).isEqualTo("SILVER:1");

			reviewAfter(Duration.ZERO).run();
			reviewAfter(Duration.ofDays(364)).run();
			assertThat(tierAndSequence(customer)).isEqualTo("SILVER:1");

			TierReview yearLater = reviewAfter(Duration.ofDays(366));
			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(yearLater::run);
			CompletableFuture<Integer> second = CompletableFuture.supplyAsync(yearLater::run);
			first.get();
			second.get();
			yearLater.run();

			assertThat(tierAndSequence(customer)).isEqualTo("BRONZE:2");
			String change = loyalty
				.await((record) -> record.key().equals(customer.toString())
						&& record.value().contains("LoyaltyTierChanged")
						&& record.value().contains("\"newTier\":\"BRONZE\""), 1, Duration.ofSeconds(30))
				.stream()
				.map((record) -> this.json.read(record.value()))
				.map(EventEnvelope::payload)
				.map((payload) -> this.json.mapper().writeValueAsString(payload))
				.findFirst()
				.orElseThrow();
			assertThat(change).contains("\"previousTier\":\"SILVER\"", "\"newTier\":\"BRONZE\"",
					"\"pointsBalance\":500", "\"sequence\":2");
		}
	}

	/**
	 * The review sums the window as the refund did: the points a refund found spent count
	 * against the tier there too, so it does not lift the tier back.
	 */
	@Test
	void theReviewLeavesATierARefundOfSpentPointsBroughtDown() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.points.earnForOrder(customer, order, "ORD-2", new BigDecimal("6000.00"));
		this.points.adjust(new Adjustment(customer, -550, "Spent on rewards", UUID.randomUUID()), null);

		this.points.refund(UUID.randomUUID(), UUID.randomUUID(), order, new BigDecimal("6000.00"), true);
		assertThat(tierAndSequence(customer)).isEqualTo("BRONZE:2");
		reviewAfter(Duration.ZERO).run();

		assertThat(tierAndSequence(customer)).isEqualTo("BRONZE:2");
	}

	/** The review job as it runs when the clock has moved forward this far. */
	private TierReview reviewAfter(Duration later) {
		return new TierReview(this.jdbc, this.points, this.properties, Clock.offset(this.clock, later));
	}

	private String tierAndSequence(UUID customer) {
		return this.jdbc.sql("SELECT tier || ':' || tier_sequence FROM loyalty_accounts WHERE customer_id = :id")
			.param("id", customer)
			.query(String.class)
			.single();
	}

}
