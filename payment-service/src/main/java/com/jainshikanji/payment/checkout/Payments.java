package com.jainshikanji.payment.checkout;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Payments extends JpaRepository<Payment, UUID> {

	/** Loads and locks a payment, so its moves happen one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.id = :id")
	Optional<Payment> lockById(UUID id);

	/**
	 * Loads and locks every payment of a Razorpay order, the one that began it first
	 * (late captures follow): whatever the provider reports for the order is then applied
	 * one report at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.providerOrderId = :providerOrderId order by p.lateCapture, p.createdAt")
	List<Payment> lockByProviderOrderId(String providerOrderId);

	/** Loads and locks the cash payment of an order, if it has one. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.orderId = :orderId and p.provider = 'none'")
	Optional<Payment> lockCashByOrderId(UUID orderId);

	/** Payments owing a refund staff must send by hand, oldest first. */
	@Query(value = "SELECT * FROM payments WHERE refund_owed > 0 ORDER BY completed_at, id LIMIT :limit OFFSET :offset",
			nativeQuery = true)
	List<Payment> findOwingRefund(int limit, long offset);

	/** Payments of these stores owing a refund staff must send by hand, oldest first. */
	@Query(value = "SELECT * FROM payments WHERE refund_owed > 0 AND store_id IN (:storeIds) "
			+ "ORDER BY completed_at, id LIMIT :limit OFFSET :offset", nativeQuery = true)
	List<Payment> findOwingRefundAt(Collection<UUID> storeIds, int limit, long offset);

	@Query(value = "SELECT count(*) FROM payments WHERE refund_owed > 0", nativeQuery = true)
	long countOwingRefund();

	/** An order's payments, oldest first. */
	List<Payment> findByOrderIdOrderByCreatedAt(UUID orderId);

	/** Loads and locks the order's payment still being paid, if any. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.orderId = :orderId and p.status in ("
			+ "com.jainshikanji.payment.checkout.PaymentStatus.PENDING, "
			+ "com.jainshikanji.payment.checkout.PaymentStatus.PROCESSING)")
	Optional<Payment> lockOpenByOrderId(UUID orderId);

}
