package com.jainshikanji.review.eligibility;

import java.time.Instant;
import java.util.UUID;

/**
 * A product of a delivered order: what its customer may review.
 *
 * @param storeId the store that fulfilled the order, whose staff may respond
 * @param productName the product's name when ordered
 * @param quantity units delivered, all lines of the product together
 */
public record PurchasedItem(UUID orderId, UUID productId, UUID customerId, UUID storeId, String orderNumber,
		String productName, int quantity, Instant deliveredAt) {

	/** Whether the given user received this item. */
	public boolean deliveredTo(UUID userId) {
		return this.customerId.equals(userId);
	}

}
