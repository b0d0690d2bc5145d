package com.jainshikanji.store.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.store.delivery.DeliveryQuote.Blocker;
import com.jainshikanji.store.outlet.DeliveryTerms;

/**
 * Whether a store can take an order that the customer collects (pickup) or eats there
 * (dine-in) right now, as order placement asks before accepting one. No zone, no delivery
 * fee, and no minimum order: the minimum is what the store asks to deliver.
 *
 * @param estimatedMinutes how long the store takes to prepare an order
 * @param orderable none of the {@code blockers} applies
 * @param blockers why an order cannot be placed now, if it cannot: STORE_INACTIVE,
 * CLOSED, NOT_ACCEPTING_ORDERS
 */
record PickupQuote(UUID storeId, boolean storeActive, boolean openNow, boolean acceptingOrders, int estimatedMinutes,
		boolean orderable, List<Blocker> blockers) {

	static PickupQuote of(DeliveryTerms terms) {
		List<Blocker> blockers = new ArrayList<>();
		if (!terms.active()) {
			blockers.add(Blocker.STORE_INACTIVE);
		}
		if (!terms.openNow()) {
			blockers.add(Blocker.CLOSED);
		}
		if (!terms.acceptingOrders()) {
			blockers.add(Blocker.NOT_ACCEPTING_ORDERS);
		}
		return new PickupQuote(terms.storeId(), terms.active(), terms.openNow(), terms.acceptingOrders(),
				terms.preparationMinutes(), blockers.isEmpty(), List.copyOf(blockers));
	}

}
