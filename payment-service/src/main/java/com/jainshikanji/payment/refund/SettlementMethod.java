package com.jainshikanji.payment.refund;

import com.jainshikanji.common.events.payment.RefundProcessed;

/**
 * How staff gave a refund owed back outside Razorpay: what the customer is told to look
 * for, since neither shows in their card's or UPI app's refunds.
 */
enum SettlementMethod {

	/**
	 * A transfer of the store's own to the customer's bank account; the reference is its
	 * UTR, always given.
	 */
	BANK_TRANSFER(RefundProcessed.Method.BANK_TRANSFER),

	/**
	 * Cash handed to the customer; a reference, if any, notes who handed over what.
	 */
	CASH(RefundProcessed.Method.CASH);

	private final RefundProcessed.Method announced;

	SettlementMethod(RefundProcessed.Method announced) {
		this.announced = announced;
	}

	/** How the refund is announced. */
	RefundProcessed.Method announced() {
		return this.announced;
	}

}
