package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * Everything order placement established about a new order before it exists: who, what at
 * which price, where to, and how it is paid. Every amount comes from the catalog and the
 * store, never from the client.
 *
 * @param id the order's id, chosen before its stock was reserved under it
 * @param address where it goes; {@code null} for pickup and dine-in
 * @param deliveryFee the store's fee for the address; zero for pickup and dine-in
 * @param taxRate the GST rate
 * @param scheduledFor when the customer wants it, or {@code null} for as soon as possible
 * @param estimatedMinutes how long the store says it takes to prepare (and deliver)
 * @param reservationId the stock reservation made for it
 * @param discounts the coupon and points the loyalty service holds for it
 */
public record NewOrder(UUID id, String orderNumber, CustomerSnapshot customer, UUID storeId, DeliveryType deliveryType,
		@Nullable DeliveryAddress address, PaymentMethod paymentMethod, List<PricedItem> items, Money deliveryFee,
		BigDecimal taxRate, @Nullable String specialInstructions, @Nullable Instant scheduledFor,
		@Nullable Integer estimatedMinutes, UUID reservationId, Discounts discounts) {

	/** An order without coupon or points. */
	public NewOrder(UUID id, String orderNumber, CustomerSnapshot customer, UUID storeId, DeliveryType deliveryType,
			@Nullable DeliveryAddress address, PaymentMethod paymentMethod, List<PricedItem> items, Money deliveryFee,
			BigDecimal taxRate, @Nullable String specialInstructions, @Nullable Instant scheduledFor,
			@Nullable Integer estimatedMinutes, UUID reservationId) {
		this(id, orderNumber, customer, storeId, deliveryType, address, paymentMethod, items, deliveryFee, taxRate,
				specialInstructions, scheduledFor, estimatedMinutes, reservationId, Discounts.NONE);
	}

	public NewOrder {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("An order needs at least one item");
		}
		if (deliveryType.toAddress() != (address != null)) {
			throw new IllegalArgumentException("A delivery order needs an address, and only a delivery order has one");
		}
		items = List.copyOf(items);
	}

}
