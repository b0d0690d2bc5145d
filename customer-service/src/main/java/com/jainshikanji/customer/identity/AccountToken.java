package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A one-time token of an account email: it works once, until it expires, and only while
 * it is the latest of its purpose for the account (issuing a new one revokes it). Only
 * its SHA-256 hash is stored.
 */
@Entity
@Table(name = "account_tokens")
class AccountToken {

	@Id
	private UUID id;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private AccountTokenPurpose purpose;

	private String tokenHash;

	private String email;

	private Instant issuedAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant revokedAt;

	protected AccountToken() {
	}

	AccountToken(UUID customerId, AccountTokenPurpose purpose, String tokenHash, String email, Instant now,
			Duration ttl) {
		if (!ttl.isPositive()) {
			throw new IllegalArgumentException("An account token must live for some time, not " + ttl);
		}
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.email = email;
		this.issuedAt = now;
		this.expiresAt = now.plus(ttl);
	}

	boolean isUsable(AccountTokenPurpose purpose, Instant now) {
		return this.purpose == purpose && this.usedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * Uses the token up.
	 * @throws InvalidAccountToken if it is for something else, used, revoked or expired
	 */
	void use(AccountTokenPurpose purpose, Instant now) {
		if (!isUsable(purpose, now)) {
			throw new InvalidAccountToken();
		}
		this.usedAt = now;
	}

	UUID customerId() {
		return this.customerId;
	}

	String email() {
		return this.email;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant usedAt() {
		return this.usedAt;
	}

}
