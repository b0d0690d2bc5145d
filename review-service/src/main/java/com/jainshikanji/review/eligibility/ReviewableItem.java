package com.jainshikanji.review.eligibility;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A product a customer received in a delivered order, which they may review once. Known
 * only from the order service's {@code OrderDelivered}; never changes afterwards.
 */
@Entity
@Table(name = "reviewable_items")
@IdClass(ReviewableItem.Key.class)
class ReviewableItem {

	@Id
	private UUID orderId;

	@Id
	private UUID productId;

	private UUID customerId;

	private UUID storeId;

	private String orderNumber;

	private String productName;

	private int quantity;

	private Instant deliveredAt;

	protected ReviewableItem() {
	}

	PurchasedItem view() {
		return new PurchasedItem(this.orderId, this.productId, this.customerId, this.storeId, this.orderNumber,
				this.productName, this.quantity, this.deliveredAt);
	}

	/** An order and one of its products. */
	record Key(UUID orderId, UUID productId) implements Serializable {
	}

}
