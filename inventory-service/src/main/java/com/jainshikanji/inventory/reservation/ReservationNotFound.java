package com.jainshikanji.inventory.reservation;

import java.util.UUID;

/** No such reservation. */
public class ReservationNotFound extends RuntimeException {

	ReservationNotFound(UUID reservationId) {
		super("No reservation " + reservationId);
	}

}
