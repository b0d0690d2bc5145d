package com.jainshikanji.order.tracking;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.order.order.OrderStatus;

/**
 * A location of an order's delivery person.
 *
 * @param status the order's status then
 */
record TrackingPointResponse(BigDecimal latitude, BigDecimal longitude, OrderStatus status, @Nullable String message,
		Instant recordedAt) {
}
