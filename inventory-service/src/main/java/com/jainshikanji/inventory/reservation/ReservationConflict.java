package com.jainshikanji.inventory.reservation;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * An order id reserved again with different items or another store: a repeated reserve
 * must ask for exactly the same thing.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "reservation-conflict",
		title = "Order already has another reservation")
class ReservationConflict extends RuntimeException {

	ReservationConflict(UUID orderId, UUID reservationId) {
		super("Order " + orderId + " already has reservation " + reservationId + " with other items or another store");
	}

}
