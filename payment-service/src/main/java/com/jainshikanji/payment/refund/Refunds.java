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

	/**
	 * A refund of the given kind made under the request key (staff: their
	 * Idempotency-Key).
	 */
	Optional<Refund> findByPaymentIdAndKindAndRequestKey(UUID paymentId, RefundKind kind, String requestKey);

	/**
	 * Whether the payment has a refund of this kind other than in the given status: its
	 * compensation is found by kind, never by a key a client could also send, and one the
	 * provider refused is no compensation made.
	 */
	boolean existsByPaymentIdAndKindAndStatusNot(UUID paymentId, RefundKind kind, RefundStatus status);

	/**
	 * The payment of a refund, read without loading the refund: a refund is only loaded
	 * once its payment is locked, so that it is read as the last transaction left it.
	 */
	@Query("select r.paymentId from Refund r where r.id = :id")
	Optional<UUID> paymentOf(UUID id);

	@Query("select r.id from Refund r where r.providerRefundId = :providerRefundId")
	Optional<UUID> idOfProviderRefund(String providerRefundId);

	List<Refund> findByPaymentIdOrderByCreatedAt(UUID paymentId);

}
