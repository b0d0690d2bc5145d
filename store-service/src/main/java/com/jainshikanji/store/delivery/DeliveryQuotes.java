package com.jainshikanji.store.delivery;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.outlet.DeliveryTerms;
import com.jainshikanji.store.outlet.PostalCodes;
import com.jainshikanji.store.outlet.StoreCatalog;

/**
 * Answers whether, at what fee and how fast a store delivers to a postal code, and
 * whether it takes pickup and dine-in orders, now or at the time a scheduled order is for
 * (its opening hours then; whether it is active and accepting orders as it is now).
 */
@Service
class DeliveryQuotes {

	private final DeliveryZones zones;

	private final StoreCatalog stores;

	DeliveryQuotes(DeliveryZones zones, StoreCatalog stores) {
		this.zones = zones;
		this.stores = stores;
	}

	@Transactional(readOnly = true)
	DeliveryQuote quote(UUID storeId, String postalCode, @Nullable Money subtotal, @Nullable Instant at) {
		DeliveryTerms terms = this.stores.deliveryTerms(storeId, at);
		String code = PostalCodes.normalize(postalCode);
		return DeliveryQuote.of(terms, this.zones.findActiveCovering(storeId, code), code, subtotal);
	}

	@Transactional(readOnly = true)
	PickupQuote pickup(UUID storeId, @Nullable Instant at) {
		return PickupQuote.of(this.stores.deliveryTerms(storeId, at));
	}

}
