package com.jainshikanji.loyalty.points;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves tiers that earnings ageing out of the rolling window changed, without waiting for
 * the customer's next points change: finds the accounts whose stored tier is not the one
 * their window gives now, and re-tiers each in a transaction of its own under its account
 * lock. Safe to run twice or on two instances at once: the second finds the tier right
 * and changes (and publishes) nothing.
 */
@Component
class TierReview {

	private static final Logger log = LoggerFactory.getLogger(TierReview.class);

	private final JdbcClient jdbc;

	private final PointsLedger points;

	private final LoyaltyProperties properties;

	private final Clock clock;

	TierReview(JdbcClient jdbc, PointsLedger points, LoyaltyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.points = points;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${loyalty.tier-review-cron:0 20 * * * *}")
	int run() {
		Instant now = this.clock.instant();
		int changed = 0;
		for (UUID customerId : stale(now)) {
			if (this.points.reviewTier(customerId, now)) {
				changed++;
			}
		}
		if (changed > 0) {
			log.info("Re-tiered {} customers whose earnings left the tier window", changed);
		}
		return changed;
	}

	/** The accounts whose tier is not the one their window gives at this instant. */
	private List<UUID> stale(Instant now) {
		LoyaltyProperties.Tiers tiers = this.properties.tiers();
		return this.jdbc.sql("""
				SELECT a.customer_id FROM loyalty_accounts a
				CROSS JOIN LATERAL (
				    SELECT coalesce(sum(t.points), 0) AS earned FROM tier_points t
				    WHERE t.customer_id = a.customer_id AND t.counted_at > :since) w
				WHERE a.tier <> CASE WHEN w.earned >= :platinum THEN 'PLATINUM'
				                     WHEN w.earned >= :gold THEN 'GOLD'
				                     WHEN w.earned >= :silver THEN 'SILVER'
				                     ELSE 'BRONZE' END
				""")
			.param("since", Timestamp.from(now.minus(this.properties.tierWindow())))
			.param("platinum", tiers.platinum())
			.param("gold", tiers.gold())
			.param("silver", tiers.silver())
			.query(UUID.class)
			.list();
	}

}
