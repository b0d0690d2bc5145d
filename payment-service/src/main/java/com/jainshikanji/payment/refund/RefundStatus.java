package com.jainshikanji.payment.refund;

/**
 * Where a refund stands: pending until the provider accepts it, processing while the
 * provider works on it, then completed or failed (both final).
 */
public enum RefundStatus {

	/** Booked against the payment, not yet accepted by the provider. */
	PENDING,

	/** Accepted by the provider, which has not confirmed it yet. */
	PROCESSING,

	/** The money went back. */
	COMPLETED,

	/** The provider refused it; the amount can be refunded again. */
	FAILED

}
