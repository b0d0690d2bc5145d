package com.jainshikanji.notification.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who manages each store, learnt from the store service's staff events: the people stock
 * alerts go to. Each membership remembers the revision it was last set from and takes
 * only newer ones, so a retried, older event cannot undo a later change (ADR 5); a
 * removal stays as a tombstone.
 */
@Service
public class StoreManagers {

	static final String MANAGER = "MANAGER";

	private final JdbcClient jdbc;

	private final Clock clock;

	StoreManagers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The user works at the store in the given job, as of the revision. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void assigned(UUID userId, UUID storeId, String role, long revision) {
		apply(userId, storeId, role, true, revision);
	}

	/** The user no longer works at the store, as of the revision. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void unassigned(UUID userId, UUID storeId, long revision) {
		apply(userId, storeId, null, false, revision);
	}

	/** The store's active managers. */
	@Transactional(readOnly = true)
	public List<UUID> managersOf(UUID storeId) {
		return this.jdbc
			.sql("""
					SELECT user_id FROM store_staff WHERE store_id = :storeId AND active AND role = :manager ORDER BY user_id
					""")
			.param("storeId", storeId)
			.param("manager", MANAGER)
			.query(UUID.class)
			.list();
	}

	private void apply(UUID userId, UUID storeId, @Nullable String role, boolean active, long revision) {
		this.jdbc.sql("""
				INSERT INTO store_staff (user_id, store_id, role, active, revision, changed_at)
				VALUES (:userId, :storeId, :role, :active, :revision, :now)
				ON CONFLICT (user_id, store_id) DO UPDATE
				SET role = coalesce(EXCLUDED.role, store_staff.role), active = EXCLUDED.active,
				    revision = EXCLUDED.revision, changed_at = EXCLUDED.changed_at
				WHERE store_staff.revision < EXCLUDED.revision
				""")
			.param("userId", userId)
			.param("storeId", storeId)
			.param("role", role)
			.param("active", active)
			.param("revision", revision)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

}
