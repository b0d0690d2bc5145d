package com.jainshikanji.notification.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the service can reach: contact details and loyalty tiers learnt from events,
 * and the segments admins send to.
 */
@Service
public class Recipients {

	private final RecipientRepository recipients;

	private final Clock clock;

	Recipients(RecipientRepository recipients, Clock clock) {
		this.recipients = recipients;
		this.clock = clock;
	}

	/**
	 * Takes contact details from an event that happened at {@code asOf}, unless newer
	 * ones are known.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void learn(UUID userId, Contact contact, Instant asOf) {
		recipient(userId).learn(contact, asOf, this.clock.instant());
	}

	/**
	 * Notes a loyalty tier change.
	 * @return whether it is newer than the last one noted (an older one arriving late is
	 * ignored)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean tierChanged(UUID userId, String tier, long sequence) {
		return recipient(userId).tierChanged(tier.toUpperCase(Locale.ROOT), sequence, this.clock.instant());
	}

	/**
	 * Notes that the person's account was deactivated or reactivated at that instant.
	 * @return whether it is newer than the last change noted (an older one arriving late
	 * announces a status that no longer holds)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean accountStatusChanged(UUID userId, Instant changedAt) {
		return recipient(userId).accountStatusChanged(changedAt, this.clock.instant());
	}

	/**
	 * Whether the service knows the person: every account's registration reaches it (and
	 * every order's customer), so one it does not know does not exist, or is too new for
	 * its registration to have arrived.
	 */
	@Transactional(readOnly = true)
	public boolean knows(UUID userId) {
		return this.recipients.existsById(userId);
	}

	@Transactional(readOnly = true)
	public Contact contact(UUID userId) {
		return this.recipients.findById(userId).map(Recipient::contact).orElse(Contact.NONE);
	}

	/** Everyone the service knows, for a send to all. */
	@Transactional(readOnly = true)
	public List<UUID> everyone() {
		return this.recipients.allIds();
	}

	/** Everyone in a loyalty tier (BRONZE, SILVER, GOLD, PLATINUM). */
	@Transactional(readOnly = true)
	public List<UUID> inTier(String tier) {
		return this.recipients.idsInTier(tier.toUpperCase(Locale.ROOT));
	}

	/** The person, known from now on if they were not. */
	private Recipient recipient(UUID userId) {
		return this.recipients.findById(userId)
			.orElseGet(() -> this.recipients.save(new Recipient(userId, this.clock.instant())));
	}

}
