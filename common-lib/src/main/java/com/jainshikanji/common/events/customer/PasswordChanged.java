package com.jainshikanji.common.events.customer;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer's password was replaced (through a reset link) and every session of the
 * account was ended. The notification service tells the owner, so a reset they did not
 * ask for does not go unnoticed.
 *
 * @param customerId the account's user id
 * @param email the account's address, lower-cased
 * @param firstName for the greeting
 * @param changedAt when
 */
@EventType(name = "PasswordChanged", topic = Topics.CUSTOMER)
public record PasswordChanged(UUID customerId, String email, String firstName,
		Instant changedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

}
