package com.jainshikanji.inventory.reservation;

import java.util.UUID;

/** A reservation cannot go from where it is to where it was asked to go. */
public class IllegalReservationTransition extends RuntimeException {

	IllegalReservationTransition(UUID reservationId, ReservationStatus from, ReservationStatus to) {
		super("Reservation " + reservationId + " is " + from + " and cannot become " + to);
	}

}
