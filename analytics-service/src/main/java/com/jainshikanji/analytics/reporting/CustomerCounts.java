package com.jainshikanji.analytics.reporting;

/**
 * Customers with sales in a period.
 *
 * @param active customers with at least one sale
 * @param newCustomers those whose first sale at the stores asked about was in the period
 * @param repeat those with two sales or more in the period
 */
record CustomerCounts(long active, long newCustomers, long repeat) {
}
