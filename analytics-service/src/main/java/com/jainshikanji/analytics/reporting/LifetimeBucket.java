package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Customers by what they have spent at the stores asked about, up to the period's end.
 *
 * @param from lowest spend in the bucket, rupees (inclusive)
 * @param to highest spend (exclusive); {@code null} for the open top bucket
 * @param customers how many
 * @param value what they spent together (net of refunds)
 */
record LifetimeBucket(BigDecimal from, @Nullable BigDecimal to, long customers, BigDecimal value) {
}
