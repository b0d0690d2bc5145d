package com.jainshikanji.common.events.loyalty;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer's points balance changed (earned, redeemed, returned, reversed, expired or
 * adjusted), for the customer service's copy of the balance and tier.
 *
 * @param customerId the customer's user id
 * @param balance the points balance after the change
 * @param tier BRONZE, SILVER, GOLD or PLATINUM after the change
 * @param change the points the change moved, signed
 * @param reason earn, redeem, release, reversal, expire, bonus or adjustment; tier when
 * only the tier changed
 * @param revision the customer's account revision: grows with every change, so a consumer
 * can ignore a change older than one it has applied
 * @param changedAt when
 */
@EventType(name = "LoyaltyPointsChanged", topic = Topics.LOYALTY)
public record LoyaltyPointsChanged(UUID customerId, long balance, String tier, int change, String reason, long revision,
		Instant changedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

}
