package com.jainshikanji.customer.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

	/** Whose token it is, without locking it. */
	@Query("select t.customerId from RefreshToken t where t.tokenHash = :tokenHash")
	Optional<UUID> customerOf(String tokenHash);

	/**
	 * Locks the token, so two concurrent uses of it are seen one after the other (the
	 * second as reuse).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<RefreshToken> findByTokenHash(String tokenHash);

	/**
	 * The account's tokens that can still be used (neither rotated, revoked nor expired),
	 * latest first: one per session, or two for a session whose token was used twice
	 * within the reuse grace.
	 */
	@Query("""
			select t from RefreshToken t
			where t.customerId = :customerId and t.rotatedAt is null and t.revokedAt is null and t.expiresAt > :now
			order by t.issuedAt desc""")
	List<RefreshToken> usableOf(UUID customerId, Instant now);

	@Modifying
	@Query("update RefreshToken t set t.revokedAt = :now where t.familyId = :familyId and t.revokedAt is null")
	int revokeFamily(UUID familyId, Instant now);

	@Modifying
	@Query("update RefreshToken t set t.revokedAt = :now where t.customerId = :customerId and t.revokedAt is null")
	int revokeAllOf(UUID customerId, Instant now);

	/** Sessions (token families) revoked after the instant, with when. */
	@Query("""
			select new com.jainshikanji.customer.identity.EndedSessions$Ended(t.familyId, max(t.revokedAt))
			from RefreshToken t where t.revokedAt > :since group by t.familyId""")
	List<EndedSessions.Ended> endedSince(Instant since);

	@Modifying
	@Query("delete from RefreshToken t where t.expiresAt < :cutoff")
	int deleteExpiredBefore(Instant cutoff);

}
