package com.jainshikanji.customer.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, UUID> {

	/**
	 * Locks the token, so two concurrent uses of it are seen one after the other (the
	 * second finds it used).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<AccountToken> findByTokenHash(String tokenHash);

	long countByCustomerIdAndPurposeAndIssuedAtAfter(UUID customerId, AccountTokenPurpose purpose, Instant since);

	@Query("select min(t.issuedAt) from AccountToken t where t.customerId = :customerId and t.purpose = :purpose "
			+ "and t.issuedAt > :since")
	Optional<Instant> firstIssuedAfter(UUID customerId, AccountTokenPurpose purpose, Instant since);

	/** Revokes the account's open tokens of a purpose: only the newest link works. */
	@Modifying
	@Query("update AccountToken t set t.revokedAt = :now where t.customerId = :customerId and t.purpose = :purpose "
			+ "and t.usedAt is null and t.revokedAt is null")
	int revokeOpen(UUID customerId, AccountTokenPurpose purpose, Instant now);

	@Modifying
	@Query("delete from AccountToken t where t.expiresAt < :cutoff")
	int deleteExpiredBefore(Instant cutoff);

}
