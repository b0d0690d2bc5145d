package com.jainshikanji.inventory.reservation;

import java.util.UUID;

/**
 * An order id reserved again with different items or another store: a repeated reserve
 * must ask for exactly the same thing.
 */
public class ReservationConflict extends RuntimeException {

	ReservationConflict(UUID orderId, UUID reservationId) {
		super("Order " + orderId + " already has reservation " + reservationId + " with other items or another store");
	}

}
