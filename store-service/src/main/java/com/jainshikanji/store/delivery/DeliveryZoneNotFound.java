package com.jainshikanji.store.delivery;

import java.util.UUID;

/** No such delivery zone at this store. */
public class DeliveryZoneNotFound extends RuntimeException {

	public DeliveryZoneNotFound(UUID storeId, UUID zoneId) {
		super("No delivery zone " + zoneId + " at store " + storeId);
	}

}
