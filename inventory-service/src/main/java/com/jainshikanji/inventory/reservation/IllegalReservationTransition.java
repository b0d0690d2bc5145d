package com.jainshikanji.inventory.reservation;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A reservation cannot go from where it is to where it was asked to go. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "illegal-reservation-transition",
		title = "Illegal reservation transition")
class IllegalReservationTransition extends RuntimeException {

	IllegalReservationTransition(UUID reservationId, ReservationStatus from, ReservationStatus to) {
		super("Reservation " + reservationId + " is " + from + " and cannot become " + to);
	}

}
