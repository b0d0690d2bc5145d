package com.jainshikanji.notification.preference;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PreferencesRepository extends JpaRepository<Preferences, UUID> {

	/**
	 * Holds back every other change of this person's preferences until the transaction
	 * ends, also while there is no row to lock yet (the first change inserts it).
	 */
	@Query(value = "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('preferences:' || CAST(:userId AS text), 0))",
			nativeQuery = true)
	int lockChanges(UUID userId);

}
