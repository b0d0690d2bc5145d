package com.jainshikanji.analytics.funnel;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.analytics.access.Scope;

/**
 * Counts visits per step from the apps' events: distinct sessions, each on its day in the
 * time zone of the store it was about (the default zone for visits before a store was
 * chosen, which count only for the whole platform).
 */
@Component
public class FunnelFigures {

	private final JdbcClient jdbc;

	FunnelFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public FunnelCounts count(Scope scope, LocalDate from, LocalDate to) {
		Map<String, Long> sessions = new HashMap<>();
		this.jdbc.sql("""
				SELECT e.type, count(DISTINCT e.session_id) AS sessions
				FROM funnel_events e
				LEFT JOIN store_directory d ON d.store_id = e.store_id
				WHERE e.occurred_at >= :earliest AND e.occurred_at < :latest
				  AND (:everyStore OR e.store_id IN (:stores))
				  AND CAST(e.occurred_at AT TIME ZONE COALESCE(d.time_zone, :zone) AS date) BETWEEN :from AND :to
				GROUP BY e.type
				""")
			// Zones are at most 14 hours from UTC: a day more on each side bounds the
			// scan.
			.param("earliest", Timestamp.from(from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
			.param("latest", Timestamp.from(to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)))
			.param("everyStore", scope.everyStore())
			.param("stores", scope.storesForQuery())
			.param("zone", scope.timeZone().getId())
			.param("from", java.sql.Date.valueOf(from))
			.param("to", java.sql.Date.valueOf(to))
			.query((rs, row) -> Map.entry(rs.getString("type"), rs.getLong("sessions")))
			.list()
			.forEach((entry) -> sessions.put(entry.getKey(), entry.getValue()));
		return new FunnelCounts(sessions.getOrDefault(ClientEventType.PRODUCT_VIEWED.code(), 0L),
				sessions.getOrDefault(ClientEventType.ADDED_TO_CART.code(), 0L),
				sessions.getOrDefault(ClientEventType.CHECKOUT_STARTED.code(), 0L));
	}

}
