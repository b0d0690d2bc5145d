package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Orders extends JpaRepository<Order, UUID> {

	/**
	 * Loads and locks an order, so its changes (staff, payment events, the payment-window
	 * job) happen one at a time rather than fail on each other's versions.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Order o where o.id = :id")
	Optional<Order> lockById(UUID id);

	/**
	 * Locks the pending order whose payment window closed first, skipping any another
	 * transaction holds (another instance's job, or a payment event being applied), so
	 * every instance can run the job and each order is cancelled once.
	 */
	@Query(value = """
			SELECT id FROM orders WHERE status = 'pending' AND payment_due_by <= :now
			ORDER BY payment_due_by LIMIT 1 FOR UPDATE SKIP LOCKED
			""", nativeQuery = true)
	Optional<UUID> lockNextUnpaid(Instant now);

	@Query("""
			select o from Order o where o.customer.id = :customerId
			and (:anyStatus = true or o.status in :statuses)
			and o.createdAt >= :from and o.createdAt < :to
			""")
	Page<Order> findOfCustomer(UUID customerId, boolean anyStatus, Collection<OrderStatus> statuses, Instant from,
			Instant to, Pageable pageable);

	@Query("""
			select o from Order o where o.storeId = :storeId
			and (:anyStatus = true or o.status in :statuses)
			and o.createdAt >= :from and o.createdAt < :to
			""")
	Page<Order> findAtStore(UUID storeId, boolean anyStatus, Collection<OrderStatus> statuses, Instant from, Instant to,
			Pageable pageable);

}
