package com.jainshikanji.loyalty.points;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A customer's points account: the balance its ledger adds up to, and the tier. Every
 * change goes through {@link #post}, which writes the ledger entry with the balance after
 * it and refuses to go below zero; callers hold the row lock ({@link Accounts#lock}), so
 * a customer's postings never interleave.
 */
@Entity
@Table(name = "loyalty_accounts")
class Account {

	@Id
	private UUID customerId;

	private long balance;

	@Enumerated(EnumType.STRING)
	private Tier tier;

	private long tierSequence;

	private long revision;

	private Instant updatedAt;

	/**
	 * The latest validity end among the credits the last expiry found lapsed: those up to
	 * it are accounted for (expired, or spent before); {@code null} before any expiry.
	 */
	private @Nullable Instant lapsedThrough;

	/**
	 * A new, empty account (the service opens them in SQL, see {@link Accounts#open}).
	 */
	Account(UUID customerId, Instant at) {
		this.customerId = customerId;
		this.tier = Tier.BRONZE;
		this.updatedAt = at;
	}

	@SuppressWarnings("NullAway.Init")
	protected Account() {
	}

	/**
	 * Applies a posting.
	 * @return the ledger entry to store
	 * @throws InsufficientPoints when a debit exceeds the balance
	 */
	LedgerEntry post(Posting posting, Instant at) {
		long after = this.balance + posting.points();
		if (after < 0) {
			throw new InsufficientPoints(this.customerId, -posting.points(), this.balance);
		}
		this.balance = after;
		this.revision++;
		this.updatedAt = at;
		return new LedgerEntry(this.customerId, posting, after, at);
	}

	/**
	 * Moves the account to the tier its recent earnings give it.
	 * @return the change, if the tier changed
	 */
	Optional<TierChange> retier(Tier earned, Instant at) {
		if (earned == this.tier) {
			return Optional.empty();
		}
		TierChange change = new TierChange(this.customerId, this.tier, earned, this.balance, this.tierSequence + 1, at);
		this.tier = earned;
		this.tierSequence++;
		this.updatedAt = at;
		return Optional.of(change);
	}

	/**
	 * Records that the credits lapsed up to the given validity end are accounted for, so
	 * the expiry job passes the customer by until another credit lapses.
	 */
	void lapsesAccountedThrough(Instant latestLapse) {
		this.lapsedThrough = latestLapse;
	}

	UUID customerId() {
		return this.customerId;
	}

	long balance() {
		return this.balance;
	}

	Tier tier() {
		return this.tier;
	}

	/** Grows with every posting and tier change. */
	long revision() {
		return this.revision;
	}

	/** A change outside postings (the tier) takes a revision of its own. */
	long bumpRevision() {
		return ++this.revision;
	}

	/** A tier change, as it is published. */
	record TierChange(UUID customerId, Tier previous, Tier current, long balance, long sequence, Instant at) {
	}

}
