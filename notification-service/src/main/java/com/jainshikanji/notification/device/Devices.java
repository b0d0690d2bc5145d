package com.jainshikanji.notification.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Devices extends JpaRepository<Device, UUID> {

	Optional<Device> findByToken(String token);

	/**
	 * Holds back every other registration of this device token until the transaction
	 * ends, also while there is no row to lock yet (the first registration inserts it).
	 */
	@Query(value = "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('device:' || :token, 0))", nativeQuery = true)
	int lockRegistrations(String token);

	/**
	 * Holds back every other registration for this user until the transaction ends, so
	 * the registrations that reach the cap make room one after the other.
	 */
	@Query(value = "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('devices-of:' || CAST(:userId AS TEXT), 0))",
			nativeQuery = true)
	int lockRegistrationsOf(UUID userId);

	List<Device> findByUserIdOrderByRegisteredAtDesc(UUID userId);

	/** Removes all but the user's {@code keep} most recently registered devices. */
	@Modifying
	@Query(value = """
			DELETE FROM devices WHERE user_id = :userId AND id NOT IN (
			    SELECT id FROM devices WHERE user_id = :userId ORDER BY registered_at DESC, id LIMIT :keep)
			""", nativeQuery = true)
	int keepNewest(UUID userId, int keep);

	boolean existsByUserId(UUID userId);

	@Modifying
	@Query("delete from Device d where d.token = :token")
	int deleteByToken(String token);

}
