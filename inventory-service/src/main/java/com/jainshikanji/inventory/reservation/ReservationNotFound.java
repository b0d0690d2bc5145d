package com.jainshikanji.inventory.reservation;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such reservation. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "reservation-not-found", title = "Reservation not found")
class ReservationNotFound extends RuntimeException {

	ReservationNotFound(UUID reservationId) {
		super("No reservation " + reservationId);
	}

}
