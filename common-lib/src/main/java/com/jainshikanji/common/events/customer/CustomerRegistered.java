package com.jainshikanji.common.events.customer;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer account was created. Notifications send a welcome, analytics counts the
 * sign-up (loyalty opens an account only when points first move).
 *
 * @param customerId the new customer's user id
 * @param email the verified-to-be address, lower-cased
 * @param firstName given name
 * @param lastName family name, may be {@code null}
 */
@EventType(name = "CustomerRegistered", topic = Topics.CUSTOMER)
public record CustomerRegistered(UUID customerId, String email, String firstName,
		String lastName) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

}
