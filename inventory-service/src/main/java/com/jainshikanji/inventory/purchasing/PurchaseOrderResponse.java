package com.jainshikanji.inventory.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A purchase order.
 *
 * @param number e.g. {@code PO-2026-000123}
 * @param total subtotal plus tax plus shipping
 */
record PurchaseOrderResponse(UUID id, String number, SupplierRef supplier, UUID storeId, PurchaseOrderStatus status,
		BigDecimal subtotal, BigDecimal tax, BigDecimal shipping, BigDecimal total, LocalDate orderDate,
		LocalDate expectedDeliveryDate, LocalDate receivedDate, String notes, List<Item> items, UUID createdBy,
		Instant createdAt, Instant updatedAt) {

	record SupplierRef(UUID id, String name) {
	}

	/**
	 * @param productName {@code null} when the product was archived since
	 */
	record Item(UUID productId, String productName, int quantity, BigDecimal unitPrice, BigDecimal totalPrice) {
	}

}
