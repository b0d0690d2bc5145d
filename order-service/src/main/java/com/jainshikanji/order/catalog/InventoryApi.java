package com.jainshikanji.order.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The inventory service's requests and answers, as far as order placement reads them (the
 * contract files in {@code src/test/resources/contracts/inventory} hold examples, checked
 * against the real service by its {@code OrderServiceContractTests}).
 */
final class InventoryApi {

	private InventoryApi() {
	}

	record PriceRequest(UUID storeId, List<PriceItem> items) {
	}

	record PriceItem(UUID productId, List<UUID> optionIds, int quantity) {
	}

	record PriceResponse(List<PricedLine> items) {
	}

	record PricedLine(UUID productId, String productName, @Nullable String sku, @Nullable UUID categoryId,
			BigDecimal unitPrice, int quantity, boolean orderable, List<PricedOption> options) {
	}

	record PricedOption(UUID optionId, String customization, String option, BigDecimal priceModifier) {
	}

	record ReserveRequest(UUID orderId, UUID storeId, List<ReserveItem> items) {
	}

	record ReserveItem(UUID productId, int quantity) {
	}

	record Reservation(UUID id, String status, Instant expiresAt) {
	}

}
