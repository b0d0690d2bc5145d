package com.jainshikanji.inventory.reservation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.jainshikanji.inventory.stock.StockLine;

/**
 * Hold stock at a store for every item of an order. Idempotent per order id.
 *
 * @param items the products and quantities; the same product listed twice counts once
 * with both quantities added
 */
record ReserveRequest(@NotNull UUID orderId, @NotNull UUID storeId,
		@NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items) {

	/** What the order asks to hold, with each product once. */
	StockReservations.ReservationOrder toOrder() {
		Map<UUID, Integer> quantities = new LinkedHashMap<>();
		this.items.forEach((item) -> quantities.merge(item.productId(), item.quantity(), Integer::sum));
		return new StockReservations.ReservationOrder(this.orderId, this.storeId,
				quantities.entrySet()
					.stream()
					.map((entry) -> new StockLine(entry.getKey(), entry.getValue()))
					.toList());
	}

	record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(1000) Integer quantity) {
	}

}
