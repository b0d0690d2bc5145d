package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A product the customer received and has not reviewed yet.
 *
 * @param quantity units delivered
 * @param storeId the store that fulfilled the order
 */
record ReviewableItemResponse(UUID orderId, String orderNumber, UUID productId, String productName, int quantity,
		UUID storeId, Instant deliveredAt) {

}
