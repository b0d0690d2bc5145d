package com.jainshikanji.notification.preference;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.jainshikanji.notification.kind.Category;
import com.jainshikanji.notification.kind.Channel;

/**
 * How one person wants to be told, per category and channel; the single source of truth
 * for notification opt-ins on the platform (ADR 0011). Someone who never chose has the
 * {@link #defaults}: order and account updates on (account updates not by SMS),
 * promotions off until they opt in. Security emails and staff alerts are not theirs to
 * turn off.
 */
@Entity
@Table(name = "preferences")
class Preferences {

	static final ChannelChoice DEFAULT_ORDER_UPDATES = ChannelChoice.ALL;

	static final ChannelChoice DEFAULT_ACCOUNT_UPDATES = new ChannelChoice(true, false, true, true);

	static final ChannelChoice DEFAULT_PROMOTIONS = ChannelChoice.NONE;

	@Id
	private UUID userId;

	@Embedded
	@AttributeOverride(name = "email", column = @Column(name = "order_updates_email"))
	@AttributeOverride(name = "sms", column = @Column(name = "order_updates_sms"))
	@AttributeOverride(name = "push", column = @Column(name = "order_updates_push"))
	@AttributeOverride(name = "inApp", column = @Column(name = "order_updates_in_app"))
	private ChannelChoice orderUpdates;

	@Embedded
	@AttributeOverride(name = "email", column = @Column(name = "account_updates_email"))
	@AttributeOverride(name = "sms", column = @Column(name = "account_updates_sms"))
	@AttributeOverride(name = "push", column = @Column(name = "account_updates_push"))
	@AttributeOverride(name = "inApp", column = @Column(name = "account_updates_in_app"))
	private ChannelChoice accountUpdates;

	@Embedded
	@AttributeOverride(name = "email", column = @Column(name = "promotions_email"))
	@AttributeOverride(name = "sms", column = @Column(name = "promotions_sms"))
	@AttributeOverride(name = "push", column = @Column(name = "promotions_push"))
	@AttributeOverride(name = "inApp", column = @Column(name = "promotions_in_app"))
	private ChannelChoice promotions;

	private Instant updatedAt;

	@Version
	private long version;

	protected Preferences() {
	}

	private Preferences(UUID userId, Instant now) {
		this.userId = userId;
		this.orderUpdates = DEFAULT_ORDER_UPDATES;
		this.accountUpdates = DEFAULT_ACCOUNT_UPDATES;
		this.promotions = DEFAULT_PROMOTIONS;
		this.updatedAt = now;
	}

	/** What someone who never chose gets. */
	static Preferences defaults(UUID userId, Instant now) {
		return new Preferences(userId, now);
	}

	/** The channels notifications of the category may use for this person. */
	Set<Channel> channelsFor(Category category) {
		return switch (category) {
			case ORDER_UPDATES -> this.orderUpdates.channels();
			case ACCOUNT_UPDATES -> this.accountUpdates.channels();
			case PROMOTIONS -> this.promotions.channels();
			case SECURITY, STAFF_ALERTS -> EnumSet.allOf(Channel.class);
		};
	}

	/** Replaces every choice at once. */
	void change(ChannelChoice orderUpdates, ChannelChoice accountUpdates, ChannelChoice promotions, Instant now) {
		this.orderUpdates = orderUpdates;
		this.accountUpdates = accountUpdates;
		this.promotions = promotions;
		this.updatedAt = now;
	}

	PreferencesResponse toResponse() {
		return new PreferencesResponse(this.userId, this.orderUpdates, this.accountUpdates, this.promotions,
				this.updatedAt);
	}

}
