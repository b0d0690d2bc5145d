package com.jainshikanji.payment.checkout;

/**
 * Where a payment stands. It only moves forward: pending, then processing (Checkout
 * reported a signed payment), then completed (captured, or cash collected) or failed
 * (declined, or the cash not collected at delivery); a completed payment can then be
 * partially or fully refunded. A pending payment is cancelled when its order is. Failed,
 * cancelled and refunded are final.
 */
public enum PaymentStatus {

	/** Waiting for the customer to pay (online), or for the cash at delivery. */
	PENDING,

	/** Checkout reported a signed payment; its capture is being confirmed. */
	PROCESSING,

	/** The money was captured (or the cash collected). */
	COMPLETED,

	/**
	 * The provider declined it, or (cash on delivery) the order was delivered without the
	 * cash.
	 */
	FAILED,

	/** Its order was cancelled before it was paid. */
	CANCELLED,

	/** Part of the captured amount went back. */
	PARTIALLY_REFUNDED,

	/** All of the captured amount went back. */
	REFUNDED;

	/** Whether the payment may still be paid: pending or processing. */
	public boolean isOpen() {
		return this == PENDING || this == PROCESSING;
	}

	/** Whether money was captured for it (some of which may have gone back). */
	public boolean isCaptured() {
		return this == COMPLETED || this == PARTIALLY_REFUNDED || this == REFUNDED;
	}

}
