package com.jainshikanji.inventory.reservation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Reservations extends JpaRepository<Reservation, UUID> {

	/**
	 * Loads and locks an order's reservation, so its transitions happen one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Reservation r where r.orderId = :orderId")
	Optional<Reservation> lockByOrderId(UUID orderId);

	/** Loads and locks a reservation, so its transitions happen one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Reservation r where r.id = :id")
	Optional<Reservation> lockById(UUID id);

	/**
	 * Locks the held reservation that ran out first, skipping any another transaction
	 * holds (another instance expiring it, or order placement committing it) and those
	 * {@code excluded}.
	 */
	@Query(value = """
			SELECT id FROM reservations WHERE status = 'HELD' AND expires_at <= :now AND id <> ALL(:excluded)
			ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED
			""", nativeQuery = true)
	Optional<UUID> lockNextDue(Instant now, UUID[] excluded);

}
