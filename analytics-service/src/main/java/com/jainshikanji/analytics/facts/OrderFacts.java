package com.jainshikanji.analytics.facts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrderFacts extends JpaRepository<OrderFact, UUID> {

	/**
	 * Makes sure the order has a row, whichever of its events comes first; two events of
	 * the same order arriving at once (an order's and its payment's, from two topics)
	 * then both find it.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			INSERT INTO order_facts (order_id, outcome, updated_at) VALUES (:orderId, 'PENDING', :now)
			ON CONFLICT (order_id) DO NOTHING
			""", nativeQuery = true)
	int ensure(UUID orderId, Instant now);

	/**
	 * The order's row, locked until the transaction ends: its events apply one by one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT f FROM OrderFact f WHERE f.orderId = :orderId")
	Optional<OrderFact> lock(UUID orderId);

}
