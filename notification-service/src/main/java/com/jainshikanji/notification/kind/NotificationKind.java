package com.jainshikanji.notification.kind;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every notification the service sends, each with its category. Templates exist per kind
 * and channel; a channel without an enabled template for a kind is not used for it.
 */
public enum NotificationKind {

	WELCOME(Category.ACCOUNT_UPDATES),

	EMAIL_VERIFICATION(Category.SECURITY),

	PASSWORD_RESET(Category.SECURITY),

	PASSWORD_CHANGED(Category.SECURITY),

	/** The owner cannot sign in until an administrator reactivates the account. */
	ACCOUNT_DEACTIVATED(Category.SECURITY),

	ACCOUNT_REACTIVATED(Category.SECURITY),

	ORDER_PLACED(Category.ORDER_UPDATES),

	ORDER_CONFIRMED(Category.ORDER_UPDATES),

	ORDER_PREPARING(Category.ORDER_UPDATES),

	ORDER_READY(Category.ORDER_UPDATES),

	ORDER_OUT_FOR_DELIVERY(Category.ORDER_UPDATES),

	ORDER_DELIVERED(Category.ORDER_UPDATES),

	ORDER_CANCELLED(Category.ORDER_UPDATES),

	PAYMENT_FAILED(Category.ORDER_UPDATES),

	REFUND_PROCESSED(Category.ORDER_UPDATES),

	LOYALTY_TIER_CHANGED(Category.ACCOUNT_UPDATES),

	LOW_STOCK(Category.STAFF_ALERTS),

	/** Sent by an admin to one person or a segment; only to those who opted in. */
	PROMOTION(Category.PROMOTIONS),

	/**
	 * Sent by an admin to one person or a segment: a service message (a store closed...).
	 */
	ANNOUNCEMENT(Category.ACCOUNT_UPDATES);

	private final Category category;

	NotificationKind(Category category) {
		this.category = category;
	}

	public Category category() {
		return this.category;
	}

	/**
	 * The channels a template of this kind may use: security emails carry links that open
	 * the account, so they go to the account's email address and nowhere else.
	 */
	public Set<Channel> allowedChannels() {
		return (this.category == Category.SECURITY) ? EnumSet.of(Channel.EMAIL) : EnumSet.allOf(Channel.class);
	}

	/**
	 * Whether it goes out whatever anyone chose: security emails, which the account
	 * depends on (a lost password reset is a locked-out customer), so their templates
	 * cannot be disabled.
	 */
	public boolean alwaysSent() {
		return this.category == Category.SECURITY;
	}

	/** Whether an admin may send it by hand. */
	public boolean sendable() {
		return this == PROMOTION || this == ANNOUNCEMENT;
	}

}
