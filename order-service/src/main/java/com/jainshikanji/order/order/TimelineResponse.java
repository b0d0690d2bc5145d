package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of an order's history.
 *
 * @param status the status the order reached (or kept, for a note)
 * @param by customer, staff, admin or system
 * @param byUserId who, if a person
 * @param byName their name, when known
 */
record TimelineResponse(OrderStatus status, @Nullable String note, String by, @Nullable UUID byUserId,
		@Nullable String byName, Instant at) {
}
