package com.jainshikanji.loyalty.checkout;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderHolds extends JpaRepository<OrderHold, UUID> {

	/** Holds still held that were made before the given instant. */
	@Query("""
			select h.orderId from OrderHold h
			where h.status = com.jainshikanji.loyalty.checkout.OrderHold.Status.HELD and h.createdAt < :before
			""")
	List<UUID> heldSince(Instant before);

}
