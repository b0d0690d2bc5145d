package com.jainshikanji.notification.kind;

/**
 * What a notification is about, which decides whether the recipient's preferences apply.
 */
public enum Category {

	/** Placement, confirmation, progress, delivery, cancellation, payment and refunds. */
	ORDER_UPDATES(true),

	/** Welcome, loyalty tier changes, service announcements. */
	ACCOUNT_UPDATES(true),

	/** Offers; only to those who opted in. */
	PROMOTIONS(true),

	/**
	 * Verification and password emails: always sent, since the account depends on them.
	 */
	SECURITY(false),

	/** Operational alerts to a store's managers (low stock): part of the job. */
	STAFF_ALERTS(false);

	private final boolean choosable;

	Category(boolean choosable) {
		this.choosable = choosable;
	}

	/** Whether the recipient's preferences decide which channels it uses. */
	public boolean choosable() {
		return this.choosable;
	}

}
