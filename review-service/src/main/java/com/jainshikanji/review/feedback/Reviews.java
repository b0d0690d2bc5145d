package com.jainshikanji.review.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, UUID> {

	/**
	 * Loads and locks a review until the transaction ends: its author's edit, an admin's
	 * decision and votes on it happen one after the other, and each moves the rating from
	 * what the previous one left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = :id")
	Optional<Review> lockById(UUID id);

	Optional<Review> findByOrderIdAndProductId(UUID orderId, UUID productId);

	Page<Review> findByProductIdAndStatus(UUID productId, ReviewStatus status, Pageable pageable);

	Page<Review> findByProductIdAndStatusAndContentRating(UUID productId, ReviewStatus status, int rating,
			Pageable pageable);

	Page<Review> findByCustomerId(UUID customerId, Pageable pageable);

	Page<Review> findByStatus(ReviewStatus status, Pageable pageable);

	/**
	 * Records a customer's helpful vote.
	 * @return 1 if recorded now, 0 if they had voted already
	 */
	@Modifying
	@Query(value = "INSERT INTO review_votes (review_id, voter_id) VALUES (:reviewId, :voterId) ON CONFLICT DO NOTHING",
			nativeQuery = true)
	int addVote(UUID reviewId, UUID voterId);

	/**
	 * Takes a customer's helpful vote back.
	 * @return 1 if there was one, 0 otherwise
	 */
	@Modifying
	@Query(value = "DELETE FROM review_votes WHERE review_id = :reviewId AND voter_id = :voterId", nativeQuery = true)
	int removeVote(UUID reviewId, UUID voterId);

	/**
	 * Holds an item for moderation: every later review of it waits for an admin. Holding
	 * it again changes nothing.
	 */
	@Modifying
	@Query(value = "INSERT INTO held_items (order_id, product_id) VALUES (:orderId, :productId) ON CONFLICT DO NOTHING",
			nativeQuery = true)
	int hold(UUID orderId, UUID productId);

	/** Whether the item's reviews wait for an admin, see {@link #hold}. */
	@Query(value = "SELECT EXISTS (SELECT 1 FROM held_items WHERE order_id = :orderId AND product_id = :productId)",
			nativeQuery = true)
	boolean isHeld(UUID orderId, UUID productId);

	/** The customer's delivered items without a review, most recently delivered first. */
	@Query(value = """
			SELECT i.order_id AS orderId, i.order_number AS orderNumber, i.product_id AS productId,
			       i.product_name AS productName, i.quantity AS quantity, i.store_id AS storeId,
			       i.delivered_at AS deliveredAt
			FROM reviewable_items i
			WHERE i.customer_id = :customerId
			  AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.order_id = i.order_id AND r.product_id = i.product_id)
			ORDER BY i.delivered_at DESC, i.order_id, i.product_id
			LIMIT :limit
			""", nativeQuery = true)
	List<AwaitingReview> awaitingReview(UUID customerId, int limit);

	/** A delivered item without a review yet. */
	interface AwaitingReview {

		UUID getOrderId();

		String getOrderNumber();

		UUID getProductId();

		String getProductName();

		int getQuantity();

		UUID getStoreId();

		java.time.Instant getDeliveredAt();

	}

}
