package com.jainshikanji.common.events.customer;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * An administrator deactivated an account (it can no longer log in, and its sessions
 * ended) or reactivated it. The notification service tells the owner, who would otherwise
 * learn it only from a refused login. The administrator's reason stays in
 * customer-service's audit log: it is a note for the platform's staff, not for the owner.
 *
 * @param customerId the account's user id
 * @param email the account's address, lower-cased
 * @param firstName for the greeting
 * @param active whether the account may be used from now on
 * @param changedAt when
 */
@EventType(name = "AccountStatusChanged", topic = Topics.CUSTOMER)
public record AccountStatusChanged(UUID customerId, String email, String firstName, boolean active,
		Instant changedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

}
