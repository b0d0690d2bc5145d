package com.jainshikanji.analytics.facts;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.loyalty.LoyaltyPointsChanged;
import com.jainshikanji.common.events.loyalty.LoyaltyTierChanged;

/**
 * Loyalty: every points change keyed by the customer's account revision, every tier
 * change by the customer's tier change counter. Both are sets, so a redelivery adds
 * nothing and the order of arrival does not matter; which tier a customer has is read
 * from the highest revision. They touch no rollup: loyalty figures are the platform's,
 * read from the facts.
 */
@Component
class LoyaltyFactRecorder implements FactRecorder {

	private static final String POINTS_CHANGED = EventJson.typeOf(LoyaltyPointsChanged.class).name();

	private static final String TIER_CHANGED = EventJson.typeOf(LoyaltyTierChanged.class).name();

	private final JdbcClient jdbc;

	private final EventJson json;

	LoyaltyFactRecorder(JdbcClient jdbc, EventJson json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public boolean records(EventEnvelope event) {
		return POINTS_CHANGED.equals(event.type()) || TIER_CHANGED.equals(event.type());
	}

	@Override
	public void record(EventEnvelope event, Touched touched) {
		if (POINTS_CHANGED.equals(event.type())) {
			LoyaltyPointsChanged points = this.json.payload(event, LoyaltyPointsChanged.class);
			this.jdbc.sql("""
					INSERT INTO loyalty_point_facts (customer_id, revision, change, reason, tier, balance, changed_at)
					VALUES (:customer, :revision, :change, :reason, :tier, :balance, :at)
					ON CONFLICT (customer_id, revision) DO NOTHING
					""")
				.param("customer", points.customerId())
				.param("revision", points.revision())
				.param("change", points.change())
				.param("reason", points.reason())
				.param("tier", points.tier())
				.param("balance", points.balance())
				.param("at", Timestamp.from(points.changedAt()))
				.update();
			return;
		}
		LoyaltyTierChanged tier = this.json.payload(event, LoyaltyTierChanged.class);
		this.jdbc.sql("""
				INSERT INTO loyalty_tier_changes (customer_id, sequence, previous_tier, new_tier, changed_at)
				VALUES (:customer, :sequence, :previous, :current, :at)
				ON CONFLICT (customer_id, sequence) DO NOTHING
				""")
			.param("customer", tier.customerId())
			.param("sequence", tier.sequence())
			.param("previous", tier.previousTier())
			.param("current", tier.newTier())
			.param("at", Timestamp.from(tier.changedAt()))
			.update();
	}

}
