package com.jainshikanji.loyalty.points;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One line of the ledger: signed points and the balance they left. Written only by
 * {@link Account#post}, never changed.
 */
@Entity
@Table(name = "loyalty_transactions")
class LedgerEntry {

	/**
	 * Given when the entry is stored: an id set before would make Spring Data take a new
	 * entry for a stored one and merge it, a SELECT before every INSERT.
	 */
	@Id
	@GeneratedValue
	private @Nullable UUID id;

	private UUID customerId;

	private EntryType type;

	private int points;

	private @Nullable String description;

	private @Nullable UUID orderId;

	private @Nullable UUID campaignId;

	private long balanceAfter;

	private @Nullable Instant expiresAt;

	private @Nullable UUID actorId;

	private @Nullable UUID rewardId;

	/** The Idempotency-Key of the request that posted it, if it had one. */
	private @Nullable String requestKey;

	@Column(updatable = false)
	private Instant createdAt;

	LedgerEntry(UUID customerId, Posting posting, long balanceAfter, Instant at) {
		this.customerId = customerId;
		this.type = posting.type();
		this.points = posting.points();
		this.description = posting.description();
		this.orderId = posting.orderId();
		this.campaignId = posting.campaignId();
		this.balanceAfter = balanceAfter;
		this.expiresAt = posting.expiresAt();
		this.actorId = posting.actorId();
		this.rewardId = posting.rewardId();
		this.requestKey = posting.requestKey();
		this.createdAt = at;
	}

	@SuppressWarnings("NullAway.Init")
	protected LedgerEntry() {
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	EntryType type() {
		return this.type;
	}

	int points() {
		return this.points;
	}

	@Nullable UUID rewardId() {
		return this.rewardId;
	}

	long balanceAfter() {
		return this.balanceAfter;
	}

	@Nullable String description() {
		return this.description;
	}

	@Nullable UUID orderId() {
		return this.orderId;
	}

	@Nullable Instant expiresAt() {
		return this.expiresAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
