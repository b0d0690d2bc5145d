package com.jainshikanji.loyalty.rewards;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Rewards extends JpaRepository<Reward, UUID> {

	List<Reward> findByActiveTrueOrderByPointsCostAscNameAsc();

	/**
	 * The reward, locked against changes until the transaction ends: an admin's change
	 * waits for the redemptions taking it, and a redemption for the change.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select r from Reward r where r.id = :id")
	Optional<Reward> findForRedemption(UUID id);

	/** The reward, locked until the transaction ends, so admins' changes queue. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Reward r where r.id = :id")
	Optional<Reward> lockById(UUID id);

}
