package com.jainshikanji.common.events.customer;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * Someone asked to reset the password of an existing, active account. The notification
 * service emails the account's owner the token; it is single-use, expires soon, and only
 * the latest one issued works. Nothing is published when the address has no account.
 *
 * @param customerId the account's user id
 * @param email where to send it, lower-cased
 * @param firstName for the greeting
 * @param sealedToken the token, sealed for the notification service
 * ({@link AccountTokenSeal}); never the token in clear
 * @param expiresAt when the token stops working
 */
@EventType(name = "PasswordResetRequested", topic = Topics.CUSTOMER)
public record PasswordResetRequested(UUID customerId, String email, String firstName, String sealedToken,
		Instant expiresAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.customerId.toString();
	}

	@Override
	public String toString() {
		return "PasswordResetRequested[customerId=" + this.customerId + ", expiresAt=" + this.expiresAt + "]";
	}

}
