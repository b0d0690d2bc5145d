package com.jainshikanji.loyalty.points;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ledger extends JpaRepository<LedgerEntry, UUID> {

	Page<LedgerEntry> findByCustomerIdOrderByCreatedAtDescIdDesc(UUID customerId, Pageable page);

	Optional<LedgerEntry> findByOrderIdAndType(UUID orderId, EntryType type);

	Optional<LedgerEntry> findByCustomerIdAndRequestKey(UUID customerId, String requestKey);

	/**
	 * The entries an admin's adjustment under this key must match, oldest first: any
	 * customer's adjustment under it (an admin's key is the admin request's), and any
	 * entry of this customer under it (keys are unique per customer).
	 */
	@Query("""
			select e from LedgerEntry e
			where e.requestKey = :requestKey
			  and (e.type = com.jainshikanji.loyalty.points.EntryType.ADJUSTMENT or e.customerId = :customerId)
			order by e.createdAt, e.id
			""")
	List<LedgerEntry> postedUnderAdjustmentKey(String requestKey, UUID customerId);

	/**
	 * Points earned since the given instant, less what refunds took back then, spent
	 * points included: what decides the tier (the {@code tier_points} view).
	 */
	@Query(value = "SELECT coalesce(sum(points), 0) FROM tier_points WHERE customer_id = :customerId AND counted_at > :since",
			nativeQuery = true)
	long earnedSince(UUID customerId, Instant since);

	/** Credits whose validity ended by the given instant. */
	@Query("""
			select coalesce(sum(e.points), 0) from LedgerEntry e
			where e.customerId = :customerId and e.expiresAt is not null and e.expiresAt <= :at
			""")
	long lapsedCredits(UUID customerId, Instant at);

	/**
	 * Everything that is not a credit, summed (a negative number: what was ever taken).
	 */
	@Query("select coalesce(sum(e.points), 0) from LedgerEntry e where e.customerId = :customerId and e.expiresAt is null")
	long netDebits(UUID customerId);

	/**
	 * The latest validity end among the customer's credits lapsed by the given instant.
	 */
	@Query("""
			select max(e.expiresAt) from LedgerEntry e
			where e.customerId = :customerId and e.expiresAt is not null and e.expiresAt <= :at
			""")
	Optional<Instant> latestLapse(UUID customerId, Instant at);

	/**
	 * Customers with points to spare and a credit lapsed by the given instant that their
	 * last expiry did not account for ({@link Account#lapsesAccountedThrough}): once
	 * expired, or found spent, a customer's lapsed credits pick them no more.
	 */
	@Query(value = """
			SELECT a.customer_id FROM loyalty_accounts a
			WHERE a.balance > 0
			  AND EXISTS (SELECT 1 FROM loyalty_transactions t
			              WHERE t.customer_id = a.customer_id AND t.expires_at <= :at
			                AND (a.lapsed_through IS NULL OR t.expires_at > a.lapsed_through))
			""", nativeQuery = true)
	List<UUID> customersWithLapsedCredits(Instant at);

}
