package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One refresh token of a session (a token family, started by a login). Only the token's
 * SHA-256 hash is stored. Using a token rotates it: it is marked rotated and a successor
 * joins the family. A rotated token that shows up again has been copied, so the whole
 * family is revoked, unless it shows up within seconds of its use (the reuse grace: a
 * second tab of the same browser refreshing at the same moment).
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

	/**
	 * Given when the token is stored: an id set before would make Spring Data take a new
	 * token for a stored one and merge it, a SELECT before every INSERT.
	 */
	@Id
	@GeneratedValue
	private @Nullable UUID id;

	private UUID familyId;

	private UUID customerId;

	private String tokenHash;

	private Instant issuedAt;

	/** When the session started: the login, which every token of the family carries. */
	private Instant signedInAt;

	private Instant expiresAt;

	private Instant rotatedAt;

	private Instant revokedAt;

	private String userAgent;

	private String ipAddress;

	protected RefreshToken() {
	}

	private RefreshToken(UUID familyId, UUID customerId, String tokenHash, Instant signedInAt, Instant now,
			Duration ttl, ClientInfo client) {
		this.familyId = familyId;
		this.customerId = customerId;
		this.tokenHash = tokenHash;
		this.signedInAt = signedInAt;
		this.issuedAt = now;
		this.expiresAt = now.plus(ttl);
		this.userAgent = client.userAgent();
		this.ipAddress = client.ip();
	}

	/** The first token of a new session. */
	static RefreshToken startFamily(UUID customerId, String tokenHash, Instant now, Duration ttl, ClientInfo client) {
		return new RefreshToken(UUID.randomUUID(), customerId, tokenHash, now, now, ttl, client);
	}

	/** Uses this token up and returns its successor in the same family. */
	RefreshToken rotate(String successorHash, Instant now, Duration ttl, ClientInfo client) {
		if (!isUsable(now)) {
			throw new IllegalStateException("Refresh token " + this.id + " cannot be rotated");
		}
		this.rotatedAt = now;
		return new RefreshToken(this.familyId, this.customerId, successorHash, this.signedInAt, now, ttl, client);
	}

	/**
	 * Another successor for a token used a moment ago, within the grace: its family lives
	 * on with two current tokens, the one the first use got and this one.
	 */
	RefreshToken reissue(String successorHash, Instant now, Duration grace, Duration ttl, ClientInfo client) {
		if (!isWithinReuseGrace(now, grace)) {
			throw new IllegalStateException("Refresh token " + this.id + " cannot be used again");
		}
		return new RefreshToken(this.familyId, this.customerId, successorHash, this.signedInAt, now, ttl, client);
	}

	/**
	 * Whether this token was used less than the grace ago and its session still lives:
	 * presented again, it is a second tab, not a copy.
	 */
	boolean isWithinReuseGrace(Instant now, Duration grace) {
		return this.rotatedAt != null && this.revokedAt == null && now.isBefore(this.rotatedAt.plus(grace))
				&& now.isBefore(this.expiresAt);
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

	/**
	 * The session as its owner sees it in their list of sessions.
	 * @param current whether the owner is looking from this session
	 */
	SessionResponse toSession(boolean current) {
		return new SessionResponse(this.familyId, current, this.signedInAt, this.issuedAt, this.expiresAt,
				this.userAgent, this.ipAddress);
	}

	UUID customerId() {
		return this.customerId;
	}

}
