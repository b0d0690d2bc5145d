package com.jainshikanji.payment.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A refund.
 *
 * @param amount in rupees
 * @param kind REQUESTED (by staff or an admin), COMPENSATION (money received for a
 * cancelled order) or MANUAL (a refund owed that staff gave back outside Razorpay)
 * @param providerRefundId Razorpay's refund id ({@code rfnd_...}) once it accepted it;
 * none for a MANUAL one
 * @param settlementMethod how a MANUAL refund was given back (BANK_TRANSFER or CASH);
 * none for the others, nor for one recorded before staff said
 * @param reference a MANUAL refund's reference to the money given back (a bank transfer's
 * UTR, or a note, which cash may go without); none for the others
 */
record RefundResponse(UUID id, UUID paymentId, UUID orderId, BigDecimal amount, String reason, RefundStatus status,
		String kind, @Nullable String providerRefundId, @Nullable SettlementMethod settlementMethod,
		@Nullable String reference, @Nullable String failureReason, Instant requestedAt, @Nullable Instant completedAt,
		@Nullable Instant failedAt) {
}
