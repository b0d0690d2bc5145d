package com.jainshikanji.notification.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What the service knows of a person: their latest contact details (from the customer
 * service's events and the contact an order was placed with), their loyalty tier (for
 * segments) and when their account was last deactivated or reactivated. Each part moves
 * only forward: an older event arriving late changes nothing.
 */
@Entity
@Table(name = "recipients")
class Recipient {

	@Id
	private UUID userId;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String firstName;

	private @Nullable Instant contactAsOf;

	private @Nullable String loyaltyTier;

	private long tierSequence;

	private @Nullable Instant accountStatusChangedAt;

	private Instant updatedAt;

	protected Recipient() {
	}

	Recipient(UUID userId, Instant now) {
		this.userId = userId;
		this.updatedAt = now;
	}

	/**
	 * Takes the given details, those that are present, unless newer ones were taken
	 * already.
	 * @return whether anything was taken
	 */
	boolean learn(Contact contact, Instant asOf, Instant now) {
		if (this.contactAsOf != null && asOf.isBefore(this.contactAsOf)) {
			return false;
		}
		this.email = (contact.email() != null) ? contact.email() : this.email;
		this.phone = (contact.phone() != null) ? contact.phone() : this.phone;
		this.firstName = (contact.firstName() != null) ? contact.firstName() : this.firstName;
		this.contactAsOf = asOf;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The person's loyalty tier as of a tier change, unless a later change was applied.
	 * @return whether it was applied
	 */
	boolean tierChanged(String tier, long sequence, Instant now) {
		if (sequence <= this.tierSequence) {
			return false;
		}
		this.loyaltyTier = tier;
		this.tierSequence = sequence;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Notes that the account was deactivated or reactivated at that instant, unless a
	 * later change was noted.
	 * @return whether it is the latest change noted
	 */
	boolean accountStatusChanged(Instant changedAt, Instant now) {
		if (this.accountStatusChangedAt != null && !changedAt.isAfter(this.accountStatusChangedAt)) {
			return false;
		}
		this.accountStatusChangedAt = changedAt;
		this.updatedAt = now;
		return true;
	}

	Contact contact() {
		return new Contact(this.email, this.phone, this.firstName);
	}

}
