package com.jainshikanji.inventory.reservation;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * An order reserved again after its reservation stopped holding stock (released, or
 * expired): the stock is no longer held, so answering with the old reservation would
 * mislead a caller that only looks at the status code. The problem names the reservation
 * and its status; the order must be placed again under a new order id.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "reservation-not-active", title = "Reservation not active")
class ReservationNotActive extends RuntimeException implements ProblemExtensions {

	private final UUID reservationId;

	private final UUID orderId;

	private final ReservationStatus status;

	ReservationNotActive(UUID reservationId, UUID orderId, ReservationStatus status) {
		super("Order " + orderId + " already had reservation " + reservationId + ", which is " + status
				+ " and holds no stock");
		this.reservationId = reservationId;
		this.orderId = orderId;
		this.status = status;
	}

	/**
	 * The status goes in {@code reservationStatus}: {@code status} is the problem's HTTP
	 * status.
	 */
	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("reservationId", this.reservationId, "orderId", this.orderId, "reservationStatus",
				this.status.name());
	}

}
