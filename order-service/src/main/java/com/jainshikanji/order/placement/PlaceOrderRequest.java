package com.jainshikanji.order.placement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.order.catalog.ItemChoice;
import com.jainshikanji.order.order.DeliveryType;
import com.jainshikanji.order.order.PaymentMethod;

/**
 * An order as the customer asks for it. Nothing in it is a price: the server decides
 * every amount.
 *
 * @param addressId one of the customer's saved addresses; required for delivery, ignored
 * otherwise
 * @param scheduledFor when the customer wants it; as soon as possible when absent
 * @param couponCode a coupon code; the loyalty service decides whether it applies and
 * what it takes off (422 coupon-not-applicable, with its reason, when it does not)
 * @param pointsToRedeem loyalty points to pay with (422 points-not-redeemable beyond the
 * balance or the share of the order points may pay)
 */
record PlaceOrderRequest(@NotNull UUID storeId, @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
		@NotNull DeliveryType deliveryType, @Nullable UUID addressId, @NotNull PaymentMethod paymentMethod,
		@Nullable Instant scheduledFor, @Nullable @Size(max = 500) String specialInstructions,
		@Nullable @Size(max = 50) String couponCode, @Nullable @Min(0) @Max(1_000_000) Integer pointsToRedeem) {

	/** The coupon asked for, without the spaces around it; {@code null} when none. */
	@Nullable String coupon() {
		return (this.couponCode != null && !this.couponCode.isBlank()) ? this.couponCode.strip() : null;
	}

	int points() {
		return (this.pointsToRedeem != null) ? this.pointsToRedeem : 0;
	}

	/**
	 * Whether the customer pays with a coupon or points, which the loyalty service holds.
	 */
	boolean paysWithLoyalty() {
		return coupon() != null || points() > 0;
	}

	List<ItemChoice> choices() {
		return this.items.stream()
			.map((item) -> new ItemChoice(item.productId(),
					(item.selectedOptionIds() != null) ? item.selectedOptionIds() : List.of(), item.quantity(),
					item.specialInstructions()))
			.toList();
	}

	/**
	 * @param selectedOptionIds the chosen customization options; a required customization
	 * left out takes its default. Also read as {@code optionIds}, the name the catalog's
	 * price endpoints give them: unknown fields are ignored, so a client using that name
	 * would otherwise get the defaults without a word.
	 * @param specialInstructions for this line, e.g. "no ice"
	 */
	record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(100) Integer quantity,
			@JsonAlias("optionIds") @Nullable @Size(max = 20) List<@NotNull UUID> selectedOptionIds,
			@Nullable @Size(max = 500) String specialInstructions) {
	}

}
