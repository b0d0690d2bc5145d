package com.jainshikanji.notification.delivery;

/** Where a delivery stands. */
enum DeliveryStatus {

	/** Waiting for its (next) attempt. */
	PENDING,

	/** The provider accepted it. */
	SENT,

	/** Refused for good, or still failing after its last attempt. */
	FAILED,

	/** Nothing to send it to any more (e.g. the person removed every device). */
	SKIPPED

}
