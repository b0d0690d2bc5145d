package com.jainshikanji.notification.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderProgressRepository extends JpaRepository<OrderProgress, UUID> {

	/**
	 * Locks the order, so two of its events handled at once (a retry beside a new one)
	 * take turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from OrderProgress o where o.orderId = :orderId")
	Optional<OrderProgress> lock(UUID orderId);

	@Query("select distinct o.customerId from OrderProgress o where o.storeId = :storeId order by o.customerId")
	List<UUID> customersOf(UUID storeId);

}
