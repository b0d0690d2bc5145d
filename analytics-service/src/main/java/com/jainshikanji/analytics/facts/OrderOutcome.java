package com.jainshikanji.analytics.facts;

/** Where an order ended up, as far as the figures are concerned. */
enum OrderOutcome {

	/** Placed, waiting for its payment: no sale (yet). */
	PENDING,

	/** Paid online or accepted for cash on delivery, on its way: a sale. */
	CONFIRMED,

	/** Reached its customer: a sale. */
	DELIVERED,

	/**
	 * Reached its customer, cash on delivery, without the cash collected: no money came
	 * in, so no sale; its total is cash outstanding.
	 */
	DELIVERED_UNPAID,

	/** Cancelled at any point (final, even if refunded later): no sale. */
	CANCELLED;

	boolean isSale() {
		return this == CONFIRMED || this == DELIVERED;
	}

}
