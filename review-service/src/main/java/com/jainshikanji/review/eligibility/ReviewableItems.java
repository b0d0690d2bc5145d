package com.jainshikanji.review.eligibility;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewableItems extends JpaRepository<ReviewableItem, ReviewableItem.Key> {

	/**
	 * Remembers a delivered product; a second delivery of the same order (a redelivered
	 * or repeated event) changes nothing.
	 * @return 1 if remembered now, 0 if it was known already
	 */
	@Modifying
	@Query(value = """
			INSERT INTO reviewable_items (order_id, product_id, customer_id, store_id, order_number, product_name,
			    quantity, delivered_at)
			VALUES (:orderId, :productId, :customerId, :storeId, :orderNumber, :productName, :quantity, :deliveredAt)
			ON CONFLICT DO NOTHING
			""", nativeQuery = true)
	int remember(UUID orderId, UUID productId, UUID customerId, UUID storeId, String orderNumber, String productName,
			int quantity, Instant deliveredAt);

	/**
	 * Loads and locks the item until the transaction ends: two reviews of it at once are
	 * written one after the other, so the second sees the first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from ReviewableItem i where i.orderId = :orderId and i.productId = :productId")
	Optional<ReviewableItem> lockById(UUID orderId, UUID productId);

}
