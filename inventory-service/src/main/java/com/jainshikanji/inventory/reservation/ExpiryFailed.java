package com.jainshikanji.inventory.reservation;

import java.util.UUID;

/**
 * A due reservation could not be expired (its stock row refused the units back, say). Its
 * transaction was rolled back, so it still holds its stock; the expiry job passes over it
 * for the rest of its run rather than stopping at it. Never reaches a client.
 */
class ExpiryFailed extends RuntimeException {

	private final UUID reservationId;

	ExpiryFailed(UUID reservationId, RuntimeException cause) {
		super("Could not expire reservation " + reservationId, cause);
		this.reservationId = reservationId;
	}

	UUID reservationId() {
		return this.reservationId;
	}

}
