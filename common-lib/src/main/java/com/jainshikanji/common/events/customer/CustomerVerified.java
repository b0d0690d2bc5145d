package com.jainshikanji.common.events.customer;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer proved they own their email address (they used the link of an
 * {@link EmailVerificationRequested}). Published once per account.
 *
 * @param customerId the customer's user id
 * @param email the address verified, lower-cased
 * @param verifiedAt when
 */
@EventType(name = "CustomerVerified", topic = Topics.CUSTOMER)
public record CustomerVerified(UUID customerId, String email, Instant verifiedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

}
