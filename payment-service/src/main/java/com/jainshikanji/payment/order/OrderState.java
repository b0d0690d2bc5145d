package com.jainshikanji.payment.order;

/**
 * Where an order stands, as far as paying for it matters. Moves only forward: pending,
 * confirmed, delivered; cancelled ends it from pending or confirmed.
 */
public enum OrderState {

	/** Placed; an online order waits for its payment. */
	PENDING,

	/** Paid online, or placed for cash on delivery. */
	CONFIRMED,

	/** Reached its customer. */
	DELIVERED,

	/** Cancelled: money that still arrives for it goes back. */
	CANCELLED;

	/** Whether an order in this state may move to the given one. */
	boolean mayBecome(OrderState next) {
		return switch (this) {
			case PENDING -> next != PENDING;
			case CONFIRMED -> next == DELIVERED || next == CANCELLED;
			case DELIVERED, CANCELLED -> false;
		};
	}

}
