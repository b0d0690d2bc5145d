package com.jainshikanji.order.order;

import org.jspecify.annotations.Nullable;

/**
 * What the store asks of an order: the next status, why, and for a cash-on-delivery order
 * marked delivered whether the cash was collected.
 */
record StatusChange(OrderStatus status, @Nullable String note, @Nullable Boolean cashCollected) {
}
