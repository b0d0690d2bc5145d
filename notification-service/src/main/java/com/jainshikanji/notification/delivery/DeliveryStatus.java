package com.jainshikanji.notification.delivery;

/** Where a delivery stands. */
enum DeliveryStatus {

	/** Waiting for its (next) attempt. */
	PENDING,

	/** The provider accepted it. */
	SENT,

	/** Refused for good, or still failing after its last attempt. */
	FAILED,

	/**
	 * Not to be sent any more: nothing to send it to (the person removed every device),
	 * or not wanted since it was queued (its template disabled, its category and channel
	 * turned off by the person).
	 */
	SKIPPED

}
