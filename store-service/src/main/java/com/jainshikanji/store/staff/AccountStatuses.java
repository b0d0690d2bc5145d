package com.jainshikanji.store.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which users' accounts an administrator deactivated, as customer-service announces it. A
 * staff record stays as the manager left it: whether the person may still sign in is the
 * identity service's to say, and shown beside it ({@code accountActive}).
 */
@Component
class AccountStatuses {

	private final JdbcClient jdbc;

	AccountStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes the account's status as of the instant, unless a later one is noted already:
	 * an announcement redelivered or overtaken changes nothing.
	 */
	void record(UUID userId, boolean active, Instant changedAt) {
		this.jdbc.sql("""
				INSERT INTO account_status (user_id, active, changed_at) VALUES (:userId, :active, :changedAt)
				ON CONFLICT (user_id) DO UPDATE SET active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
				WHERE account_status.changed_at < EXCLUDED.changed_at""")
			.param("userId", userId)
			.param("active", active)
			.param("changedAt", Timestamp.from(changedAt))
			.update();
	}

	/** Those of the users whose account is deactivated. */
	Set<UUID> deactivatedAmong(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("SELECT user_id FROM account_status WHERE NOT active AND user_id IN (:ids)")
			.param("ids", userIds)
			.query(UUID.class)
			.list());
	}

	boolean isActive(UUID userId) {
		return deactivatedAmong(Set.of(userId)).isEmpty();
	}

}
