package com.jainshikanji.inventory.reservation;

/**
 * Where a reservation stands. Only {@code HELD} holds stock. {@code RELEASED},
 * {@code EXPIRED} and {@code RETURNED} are final; {@code COMMITTED} becomes
 * {@code RETURNED} if its order is cancelled.
 */
public enum ReservationStatus {

	/** Stock is held for the order. */
	HELD,

	/** The order was placed: the held stock was sold. */
	COMMITTED,

	/** Order placement gave the stock back. */
	RELEASED,

	/** Nobody committed or released it in time; the stock came back by itself. */
	EXPIRED,

	/** It was committed, then its order was cancelled: the sold stock came back. */
	RETURNED

}
