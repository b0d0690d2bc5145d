package com.jainshikanji.common.events.customer;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer must prove they own their email address: on registration, and whenever they
 * ask for a new link. The notification service emails them the token; it is single-use,
 * expires, and only the latest one issued works.
 *
 * @param customerId the customer's user id
 * @param email where to send it, lower-cased
 * @param firstName for the greeting
 * @param sealedToken the token, sealed for the notification service
 * ({@link AccountTokenSeal}); never the token in clear
 * @param expiresAt when the token stops working
 */
@EventType(name = "EmailVerificationRequested", topic = Topics.CUSTOMER)
public record EmailVerificationRequested(UUID customerId, String email, String firstName, String sealedToken,
		Instant expiresAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

	@Override
	public String toString() {
		return "EmailVerificationRequested[customerId=" + this.customerId + ", expiresAt=" + this.expiresAt + "]";
	}

}
