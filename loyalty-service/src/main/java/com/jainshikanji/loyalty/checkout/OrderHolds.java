package com.jainshikanji.loyalty.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderHolds extends JpaRepository<OrderHold, UUID> {

	/**
	 * The hold, locked until the transaction ends: its confirmation and release (by the
	 * order's events and by the lapsed-holds job of any instance) happen one after the
	 * other, so the second sees what the first did.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from OrderHold h where h.orderId = :orderId")
	Optional<OrderHold> lockById(UUID orderId);

	/** Holds still held that were made before the given instant. */
	@Query("""
			select h.orderId from OrderHold h
			where h.status = com.jainshikanji.loyalty.checkout.OrderHold.Status.HELD and h.createdAt < :before
			""")
	List<UUID> heldSince(Instant before);

}
