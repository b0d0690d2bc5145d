package com.jainshikanji.store.store;

import java.time.ZoneId;

import com.jainshikanji.common.money.Money;

/**
 * Everything about a store an administrator sets, validated and normalized: the only way
 * request data reaches a {@link Store}.
 */
record StoreDetails(String slug, String name, String description, Contact contact, PostalAddress address,
		Coordinates coordinates, ZoneId timeZone, boolean active, boolean acceptingOrders, Money minimumOrderValue,
		Money deliveryFee, Money freeDeliveryThreshold, int preparationMinutes) {
}
