package com.jainshikanji.payment.checkout;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.payment.razorpay.Paise;

/**
 * A payment as the rest of the service sees it.
 *
 * @param method what the customer paid (or is to pay) with: upi, card, netbanking,
 * wallet, emi, ... or cod
 * @param provider razorpay, or none for cash
 * @param providerOrderId Razorpay's order, for an online payment
 * @param providerPaymentId Razorpay's payment that settled it, once known
 * @param lateCapture money captured after the order's payment had ended unpaid (or a
 * second time): refunded automatically
 * @param refundReserved refunds asked for and not failed, completed ones included
 * @param amountRefunded refunds the provider confirmed
 * @param refundable what can still be refunded
 * @param refundOwed what a refund the provider refused (or a compensation less than it
 * refunds) was to give back and no refund has given back since: for staff to refund by
 * hand, or to give back outside the provider and record (zero when nothing is owed)
 */
public record PaymentView(UUID id, UUID orderId, UUID customerId, UUID storeId, String method, String provider,
		Money amount, String currency, PaymentStatus status, @Nullable String providerOrderId,
		@Nullable String providerPaymentId, @Nullable String failureReason, boolean lateCapture, Money refundReserved,
		Money amountRefunded, Money refundable, Money refundOwed, Instant initiatedAt, @Nullable Instant completedAt,
		@Nullable Instant failedAt, @Nullable Instant cancelledAt, Instant updatedAt) {

	/** Whether the money goes through a provider (as opposed to cash). */
	public boolean isOnline() {
		return Payment.RAZORPAY.equals(this.provider);
	}

	/**
	 * Whether the provider would refuse a refund this small: Razorpay refunds at least
	 * INR 1.00; cash has no minimum.
	 */
	public boolean belowMinimumRefund(Money refund) {
		return Payment.belowMinimumRefund(this.provider, refund);
	}

	/** The amount in paise, as the provider counts it. */
	public long amountInPaise() {
		return Paise.of(this.amount);
	}

}
