package com.jainshikanji.order.stores;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * What a store that can take an order asks for it.
 *
 * @param deliveryFee zero for pickup and dine-in, and when the subtotal earns free
 * delivery
 * @param estimatedMinutes preparation (and delivery) time, when the store says
 */
public record StoreTerms(Money deliveryFee, @Nullable Integer estimatedMinutes) {
}
