package com.jainshikanji.payment.refund;

/** Why a refund exists. */
enum RefundKind {

	/** Staff of the order's store, or an admin, asked for it. */
	REQUESTED,

	/**
	 * Money came in for an order that was cancelled (the order service asked, or a
	 * capture arrived after cancellation): at most one per payment.
	 */
	COMPENSATION

}
