package com.jainshikanji.payment.refund;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Refunds extends JpaRepository<Refund, UUID> {

	/** Loads and locks a refund, so it settles once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Refund r where r.id = :id")
	Optional<Refund> lockById(UUID id);

	Optional<Refund> findByPaymentIdAndRequestKey(UUID paymentId, String requestKey);

	Optional<Refund> findByProviderRefundId(String providerRefundId);

	List<Refund> findByPaymentIdOrderByCreatedAt(UUID paymentId);

}
