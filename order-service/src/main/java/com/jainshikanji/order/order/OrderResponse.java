package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order as its customer, its store and admins see it. Amounts are rupees with two
 * decimals.
 *
 * @param paymentDueBy until when an online payment is awaited (pending orders only)
 * @param estimatedAt when the store expects it ready (pickup, dine-in) or delivered
 * @param cancelledBy customer, staff or system
 * @param placedAt when it was placed
 * @param confirmedAt when it was paid, or placed for cash on delivery
 */
public record OrderResponse(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus,
		PaymentMethod paymentMethod, DeliveryType deliveryType, UUID storeId, Customer customer, List<Item> items,
		Amounts amounts, @Nullable DeliveryAddress deliveryAddress, @Nullable String specialInstructions,
		@Nullable Instant scheduledFor, @Nullable Instant estimatedAt, @Nullable Instant paymentDueBy,
		@Nullable UUID deliveryPersonId, @Nullable String cancellationReason, @Nullable String cancelledBy,
		Instant placedAt, @Nullable Instant confirmedAt, @Nullable Instant preparingAt, @Nullable Instant readyAt,
		@Nullable Instant dispatchedAt, @Nullable Instant deliveredAt, @Nullable Instant cancelledAt,
		@Nullable Instant refundedAt, Instant updatedAt) {

	/** Who ordered, as they were when ordering. */
	public record Customer(UUID id, String name, String email, @Nullable String phone) {
	}

	/**
	 * @param line the line's position in the order, from 1
	 * @param unitPrice one unit with its options
	 * @param subtotal unit price times quantity
	 */
	public record Item(int line, UUID productId, String productName, @Nullable String sku, int quantity,
			BigDecimal unitPrice, BigDecimal subtotal, List<ChosenOption> options,
			@Nullable String specialInstructions) {
	}

	/**
	 * The amounts, in rupees;
	 * {@code total = subtotal - discount - loyaltyDiscount + tax + deliveryFee}.
	 */
	public record Amounts(BigDecimal subtotal, BigDecimal tax, BigDecimal deliveryFee, BigDecimal discount,
			BigDecimal loyaltyDiscount, BigDecimal total, String currency) {

		static Amounts of(OrderAmounts amounts) {
			return new Amounts(amounts.subtotal().amount(), amounts.tax().amount(), amounts.deliveryFee().amount(),
					amounts.discount().amount(), amounts.loyaltyDiscount().amount(), amounts.total().amount(), "INR");
		}

	}

}
