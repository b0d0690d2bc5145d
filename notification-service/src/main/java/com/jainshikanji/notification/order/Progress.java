package com.jainshikanji.notification.order;

/**
 * What an order event changed.
 *
 * @param tell whether the customer should be told: the order moved forward to a stage
 * they were not told of (never back, never past a final stage)
 * @param order the order as it is now
 */
public record Progress(boolean tell, OrderView order) {
}
