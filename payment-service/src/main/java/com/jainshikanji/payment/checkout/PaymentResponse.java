package com.jainshikanji.payment.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment. Amounts in rupees. No card, UPI or bank details: only the method and the
 * provider's ids.
 *
 * @param method upi, card, netbanking, wallet, emi, ... or cod
 * @param provider razorpay, or none for cash on delivery
 * @param providerOrderId Razorpay's order ({@code order_...}) of an online payment
 * @param providerPaymentId Razorpay's payment ({@code pay_...}) that settled it
 * @param lateCapture money that arrived after the order's payment had ended: refunded
 * automatically
 * @param amountRefunded what went back so far
 * @param refundable what can still be refunded
 * @param refundOwed what the customer is owed because Razorpay refused the refund made by
 * itself (money that arrived for a cancelled order), or would refuse it as less than INR
 * 1.00: for staff to refund by hand, or to give back another way and record as settled;
 * zero when nothing is owed
 */
record PaymentResponse(UUID id, UUID orderId, UUID customerId, UUID storeId, String method, String provider,
		BigDecimal amount, String currency, PaymentStatus status, @Nullable String providerOrderId,
		@Nullable String providerPaymentId, @Nullable String failureReason, boolean lateCapture,
		BigDecimal amountRefunded, BigDecimal refundable, BigDecimal refundOwed, Instant initiatedAt,
		@Nullable Instant completedAt, @Nullable Instant failedAt, @Nullable Instant cancelledAt, Instant updatedAt) {

	static PaymentResponse of(PaymentView payment) {
		return new PaymentResponse(payment.id(), payment.orderId(), payment.customerId(), payment.storeId(),
				payment.method(), payment.provider(), payment.amount().amount(), payment.currency(), payment.status(),
				payment.providerOrderId(), payment.providerPaymentId(), payment.failureReason(), payment.lateCapture(),
				payment.amountRefunded().amount(), payment.refundable().amount(), payment.refundOwed().amount(),
				payment.initiatedAt(), payment.completedAt(), payment.failedAt(), payment.cancelledAt(),
				payment.updatedAt());
	}

}
