package com.jainshikanji.loyalty.coupons;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Campaigns extends JpaRepository<Campaign, UUID> {

	Optional<Campaign> findByCode(String code);

	/**
	 * Loads the campaign afresh and locks its row until the transaction ends: its usage
	 * counter is as {@link #takeUse} and {@link #giveBackUse} left it, and stays so while
	 * an admin changes its terms.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Campaign c where c.id = :id")
	Optional<Campaign> lockById(UUID id);

	Optional<Campaign> findByIssuedFor(UUID ledgerEntryId);

	List<Campaign> findByOwnerIdOrderByCreatedAtDescIdAsc(UUID ownerId);

	/** Campaigns as admins run them, without the coupons rewards issued. */
	Page<Campaign> findByOwnerIdIsNull(Pageable pageable);

	boolean existsByCode(String code);

	/**
	 * Takes one use, only while uses are left: the row lock of the update and its
	 * condition make concurrent takers queue, and the ones that find the limit reached
	 * change nothing.
	 * @return 1 when a use was taken, 0 when none was left
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query(value = """
			UPDATE campaigns SET current_usage = current_usage + 1, updated_at = now()
			WHERE id = :id AND (usage_limit IS NULL OR current_usage < usage_limit)
			""", nativeQuery = true)
	int takeUse(UUID id);

	@Modifying(flushAutomatically = true)
	@Query(value = """
			UPDATE campaigns SET current_usage = current_usage - 1, updated_at = now()
			WHERE id = :id AND current_usage > 0
			""", nativeQuery = true)
	int giveBackUse(UUID id);

}
