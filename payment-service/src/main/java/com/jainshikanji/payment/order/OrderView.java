package com.jainshikanji.payment.order;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * An order as the order service announced it.
 *
 * @param paymentMethod upi, card, netbanking, wallet, emi or cod; {@code null} while the
 * order is known only from its cancellation
 * @param total what the customer pays, decided by the order service
 * @param paymentDueBy until when an online payment is awaited; {@code null} for cash
 */
public record OrderView(UUID orderId, String orderNumber, UUID customerId, UUID storeId, @Nullable String paymentMethod,
		Money total, OrderState state, @Nullable Instant paymentDueBy) {

	/** The payment method of cash on delivery. */
	public static final String CASH = "cod";

	public boolean isCashOnDelivery() {
		return CASH.equals(this.paymentMethod);
	}

	public boolean isCancelled() {
		return this.state == OrderState.CANCELLED;
	}

	/**
	 * Whether there is nothing to pay: coupons or points paid for all of it (the order
	 * service confirms such an order at once, whatever its payment method).
	 */
	public boolean costsNothing() {
		return this.total.amount().signum() == 0;
	}

	/** Whether an online payment may still begin at this moment. */
	public boolean awaitsOnlinePaymentAt(Instant now) {
		return this.state == OrderState.PENDING && this.paymentMethod != null && !isCashOnDelivery()
				&& (this.paymentDueBy == null || now.isBefore(this.paymentDueBy));
	}

}
