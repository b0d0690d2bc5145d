package com.jainshikanji.payment.refund;

/** Why a refund exists. */
enum RefundKind {

	/** Staff of the order's store, or an admin, asked for it. */
	REQUESTED,

	/**
	 * Money came in for an order that was cancelled (the order service asked, or a
	 * capture arrived after cancellation): at most one per payment that has not failed.
	 * One the provider refused leaves its amount owed on the payment, for staff.
	 */
	COMPENSATION,

	/**
	 * Staff gave a refund owed back outside the provider (a bank transfer, cash) and
	 * recorded it: completed as it is recorded, no provider refund, how they gave it back
	 * and their reference instead.
	 */
	MANUAL

}
