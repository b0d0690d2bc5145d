package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * Money given back for an order, once per refund.
 *
 * @param amount rupees
 */
@Embeddable
record RefundFact(UUID refundId, BigDecimal amount, Instant processedAt) {
}
