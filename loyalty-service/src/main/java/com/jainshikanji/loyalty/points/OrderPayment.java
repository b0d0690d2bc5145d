package com.jainshikanji.loyalty.points;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The payment that paid for an order, as its {@code OrderConfirmed} named it. An order
 * may be paid twice (a double payment, a late capture); the payment service then refunds
 * the extra payment in full, for the same order, which the order keeps. So only refunds
 * of the order's own payment count against it: take back what it earned, make it earn
 * nothing, return what it holds. The order service's {@code Order.refunded} has the same
 * rule.
 *
 * @param confirmed whether the order's confirmation was seen; refunds come on another
 * topic, and one seen before the confirmation cannot be judged yet, so none counts until
 * then
 * @param paymentId the payment, {@code null} for cash on delivery (paid once, so all its
 * refunds count)
 */
record OrderPayment(boolean confirmed, @Nullable UUID paymentId) {

	static final OrderPayment UNCONFIRMED = new OrderPayment(false, null);

	/**
	 * Whether a refund of this payment counts against the order.
	 * @param refunded the payment the refund gave back, {@code null} for refunds recorded
	 * before it was kept (all of them counted then, and still do)
	 */
	boolean counts(@Nullable UUID refunded) {
		return this.confirmed && (this.paymentId == null || refunded == null || this.paymentId.equals(refunded));
	}

}
