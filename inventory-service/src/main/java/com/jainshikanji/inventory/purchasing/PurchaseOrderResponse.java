package com.jainshikanji.inventory.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A purchase order.
 *
 * @param number e.g. {@code PO-2026-000123}
 * @param total subtotal plus tax plus shipping
 */
record PurchaseOrderResponse(UUID id, String number, SupplierRef supplier, UUID storeId, PurchaseOrderStatus status,
		BigDecimal subtotal, BigDecimal tax, BigDecimal shipping, BigDecimal total, LocalDate orderDate,
		@Nullable LocalDate expectedDeliveryDate, @Nullable LocalDate receivedDate, @Nullable String notes,
		List<Item> items, @Nullable UUID createdBy, Instant createdAt, Instant updatedAt) {

	record SupplierRef(UUID id, String name) {
	}

	/**
	 * @param productName {@code null} when the product was archived since
	 */
	record Item(UUID productId, @Nullable String productName, int quantity, BigDecimal unitPrice,
			BigDecimal totalPrice) {
	}

}
