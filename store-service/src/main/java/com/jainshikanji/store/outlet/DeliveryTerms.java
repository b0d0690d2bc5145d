package com.jainshikanji.store.outlet;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * What a store's own settings say about delivering an order at a given moment; the
 * delivery quote combines them with the zone that covers the address.
 *
 * @param openNow whether the operating hours cover the moment, in the store's zone
 * @param freeDeliveryThreshold {@code null} when the store has no free delivery
 */
public record DeliveryTerms(UUID storeId, boolean active, boolean acceptingOrders, boolean openNow,
		Money minimumOrderValue, Money deliveryFee, @Nullable Money freeDeliveryThreshold, int preparationMinutes) {
}
