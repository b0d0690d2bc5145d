package com.jainshikanji.payment.order;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface KnownOrders extends JpaRepository<KnownOrder, UUID> {

	/** Loads and locks an order, so what happens to it happens one thing at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from KnownOrder o where o.orderId = :orderId")
	Optional<KnownOrder> lockById(UUID orderId);

}
