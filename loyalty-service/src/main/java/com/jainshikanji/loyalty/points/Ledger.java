package com.jainshikanji.loyalty.points;

import java.time.Instant;
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

	/** Points earned (less reversals) since the given instant: what decides the tier. */
	@Query("""
			select coalesce(sum(e.points), 0) from LedgerEntry e
			where e.customerId = :customerId and e.createdAt > :since
			  and e.type in (com.jainshikanji.loyalty.points.EntryType.EARN,
			                 com.jainshikanji.loyalty.points.EntryType.REVERSAL,
			                 com.jainshikanji.loyalty.points.EntryType.BONUS)
			""")
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
	java.util.List<UUID> customersWithLapsedCredits(Instant at);

}
