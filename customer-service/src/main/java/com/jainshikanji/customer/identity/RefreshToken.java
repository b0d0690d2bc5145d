package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One refresh token of a session (a token family, started by a login). Only the token's
 * SHA-256 hash is stored. Using a token rotates it: it is marked rotated and a successor
 * joins the family. A rotated token that shows up again has been copied, so the whole
 * family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken implements Persistable<UUID> {

	@Id
	private UUID id;

	/**
	 * Whether the row exists. The id is set before it does, so Spring Data cannot tell a
	 * new token from a stored one by its id, and would merge a new one: a SELECT before
	 * every INSERT.
	 */
	@Transient
	private boolean stored;

	private UUID familyId;

	private UUID customerId;

	private String tokenHash;

	private Instant issuedAt;

	private Instant expiresAt;

	private Instant rotatedAt;

	private Instant revokedAt;

	private String userAgent;

	private String ipAddress;

	protected RefreshToken() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.stored = true;
	}

	private RefreshToken(UUID familyId, UUID customerId, String tokenHash, Instant now, Duration ttl,
			ClientInfo client) {
		this.id = UUID.randomUUID();
		this.familyId = familyId;
		this.customerId = customerId;
		this.tokenHash = tokenHash;
		this.issuedAt = now;
		this.expiresAt = now.plus(ttl);
		this.userAgent = client.userAgent();
		this.ipAddress = client.ip();
	}

	/** The first token of a new session. */
	static RefreshToken startFamily(UUID customerId, String tokenHash, Instant now, Duration ttl, ClientInfo client) {
		return new RefreshToken(UUID.randomUUID(), customerId, tokenHash, now, ttl, client);
	}

	/** Uses this token up and returns its successor in the same family. */
	RefreshToken rotate(String successorHash, Instant now, Duration ttl, ClientInfo client) {
		if (!isUsable(now)) {
			throw new IllegalStateException("Refresh token " + this.id + " cannot be rotated");
		}
		this.rotatedAt = now;
		return new RefreshToken(this.familyId, this.customerId, successorHash, now, ttl, client);
	}

	boolean isUsable(Instant now) {
		return this.rotatedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	boolean wasRotated() {
		return this.rotatedAt != null;
	}

	UUID familyId() {
		return this.familyId;
	}

	UUID customerId() {
		return this.customerId;
	}

}
