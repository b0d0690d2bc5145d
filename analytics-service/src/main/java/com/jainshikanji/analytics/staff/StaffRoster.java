package com.jainshikanji.analytics.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works at which store as what, as the store service last said. Every change carries
 * the revision of that user's membership at that store; only a newer revision replaces
 * what is kept, in one atomic upsert, so events retried or delivered out of order never
 * undo a later change. A removal is kept (inactive) for the same reason.
 */
@Service
public class StaffRoster {

	/** The store service's job title of a store's managers. */
	public static final String MANAGER = "MANAGER";

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffRoster(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The stores the user manages now. */
	@Transactional(readOnly = true)
	public Set<UUID> managedStores(UUID userId) {
		return Set.copyOf(this.jdbc.sql("""
				SELECT store_id FROM staff_memberships WHERE user_id = :user AND active AND role = :role
				""").param("user", userId).param("role", MANAGER).query(UUID.class).list());
	}

	/**
	 * @return whether it was newer than what is kept, and so applied
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean assigned(UUID userId, UUID storeId, UUID staffId, String role, long revision) {
		return apply(userId, storeId, staffId, role, true, revision);
	}

	/**
	 * @return whether it was newer than what is kept, and so applied
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean unassigned(UUID userId, UUID storeId, UUID staffId, long revision) {
		return apply(userId, storeId, staffId, null, false, revision);
	}

	private boolean apply(UUID userId, UUID storeId, UUID staffId, @Nullable String role, boolean active,
			long revision) {
		// A removal that arrives first has no role to keep: the row waits, inactive, for
		// whatever is newer.
		return this.jdbc.sql("""
				INSERT INTO staff_memberships (user_id, store_id, staff_id, role, active, revision, changed_at)
				VALUES (:user, :store, :staff, COALESCE(:role, 'UNKNOWN'), :active, :revision, :now)
				ON CONFLICT (user_id, store_id) DO UPDATE SET staff_id = EXCLUDED.staff_id,
				    role = COALESCE(:role, staff_memberships.role), active = EXCLUDED.active,
				    revision = EXCLUDED.revision, changed_at = EXCLUDED.changed_at
				WHERE staff_memberships.revision < EXCLUDED.revision
				""")
			.param("user", userId)
			.param("store", storeId)
			.param("staff", staffId)
			.param("role", role)
			.param("active", active)
			.param("revision", revision)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

}
