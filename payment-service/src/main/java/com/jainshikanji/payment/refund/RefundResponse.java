package com.jainshikanji.payment.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A refund.
 *
 * @param amount in rupees
 * @param kind REQUESTED (by staff or an admin) or COMPENSATION (money received for a
 * cancelled order)
 * @param providerRefundId Razorpay's refund id ({@code rfnd_...}) once it accepted it
 */
record RefundResponse(UUID id, UUID paymentId, UUID orderId, BigDecimal amount, String reason, RefundStatus status,
		String kind, @Nullable String providerRefundId, @Nullable String failureReason, Instant requestedAt,
		@Nullable Instant completedAt, @Nullable Instant failedAt) {
}
