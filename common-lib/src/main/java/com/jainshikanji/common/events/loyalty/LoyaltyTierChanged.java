package com.jainshikanji.common.events.loyalty;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer's loyalty tier changed (up or down), for the customer service's copy of it
 * and the notification service's congratulations.
 *
 * @param customerId the customer's user id
 * @param previousTier BRONZE, SILVER, GOLD or PLATINUM
 * @param newTier BRONZE, SILVER, GOLD or PLATINUM
 * @param pointsBalance the customer's points balance after the change
 * @param sequence the customer's tier change counter: grows with every change, so a
 * consumer can ignore a change older than one it has applied
 * @param changedAt when
 */
@EventType(name = "LoyaltyTierChanged", topic = Topics.LOYALTY)
public record LoyaltyTierChanged(UUID customerId, String previousTier, String newTier, long pointsBalance,
		long sequence, Instant changedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

}
