package com.jainshikanji.review.rating;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductRatings extends JpaRepository<ProductRating, UUID> {

	/**
	 * Creates the product's rating row unless it exists, without failing when another
	 * transaction creates it at the same moment (it waits for that one instead).
	 */
	@Modifying
	@Query(value = "INSERT INTO product_ratings (product_id) VALUES (:productId) ON CONFLICT DO NOTHING",
			nativeQuery = true)
	int createIfAbsent(UUID productId);

	/**
	 * Loads and locks the product's rating until the transaction ends, so concurrent
	 * reviews of one product are counted one after the other, none lost.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ProductRating r where r.productId = :productId")
	Optional<ProductRating> lockById(UUID productId);

}
