package com.jainshikanji.loyalty.points;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

/**
 * One line of the ledger: signed points and the balance they left. Written only by
 * {@link Account#post}, never changed.
 */
@Entity
@Table(name = "loyalty_transactions")
class LedgerEntry implements Persistable<UUID> {

	@Id
	private UUID id;

	/**
	 * Whether the row exists. The id is set before it does, so Spring Data cannot tell a
	 * new entry from a stored one by its id, and would merge a new one: a SELECT before
	 * every INSERT.
	 */
	@Transient
	private boolean stored;

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

	@Column(updatable = false)
	private Instant createdAt;

	LedgerEntry(UUID customerId, Posting posting, long balanceAfter, Instant at) {
		this.id = UUID.randomUUID();
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
		this.createdAt = at;
	}

	@SuppressWarnings("NullAway.Init")
	protected LedgerEntry() {
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
