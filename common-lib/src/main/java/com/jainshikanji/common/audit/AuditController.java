package com.jainshikanji.common.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.web.TimeWindow;

/**
 * The audit log, for admins: newest first, filtered by actor, action, target, store and
 * time. The gateway publishes it as {@code /api/v1/admin/<service>/audit}.
 */
@RestController
@Tag(name = "Operations: audit log", description = "Who changed what, for admins")
class AuditController {

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/admin/audit")
	@Operation(summary = "List audit entries, newest first (admin)")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	AuditPage entries(@Valid @ModelAttribute @ParameterObject AuditQuery query) {
		String where = """
				WHERE (CAST(:actorId AS UUID) IS NULL OR actor_id = :actorId)
				  AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
				  AND (CAST(:targetType AS VARCHAR) IS NULL OR target_type = :targetType)
				  AND (CAST(:targetId AS VARCHAR) IS NULL OR target_id = :targetId)
				  AND (CAST(:storeId AS UUID) IS NULL OR store_id = :storeId)
				  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR occurred_at >= :from)
				  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR occurred_at < :to)
				""";
		long total = bind(this.jdbc.sql("SELECT count(*) FROM audit.audit_entry " + where), query).query(Long.class)
			.single();
		List<AuditEntry> entries = bind(this.jdbc.sql("""
				SELECT id, occurred_at, actor_id, actor_roles, action, target_type, target_id, store_id,
				       CAST(details AS TEXT) AS details, client_ip, trace_id
				FROM audit.audit_entry
				""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"), query)
			.param("limit", query.pageSize())
			.param("offset", (long) query.pageNumber() * query.pageSize())
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getObject("actor_id", UUID.class), roles(rs.getString("actor_roles")), rs.getString("action"),
					rs.getString("target_type"), rs.getString("target_id"), rs.getObject("store_id", UUID.class),
					this.json.readTree(rs.getString("details")), rs.getString("client_ip"), rs.getString("trace_id")))
			.list();
		return new AuditPage(entries, query.pageNumber(), query.pageSize(), total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditQuery query) {
		return statement.param("actorId", query.actorId())
			.param("action", query.action())
			.param("targetType", query.targetType())
			.param("targetId", query.targetId())
			.param("storeId", query.storeId())
			.param("from", timestamp(query.from()))
			.param("to", timestamp(query.to()));
	}

	/**
	 * The instant as a database timestamp; one beyond what the database can hold (year
	 * 200000, say) bounds nothing more than the database's own limits do.
	 */
	private static java.sql.@Nullable Timestamp timestamp(@Nullable Instant instant) {
		if (instant == null) {
			return null;
		}
		Instant bounded = instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
		return java.sql.Timestamp.from(bounded);
	}

	private static List<String> roles(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	/**
	 * Which entries to list; every filter is optional.
	 *
	 * @param actorId who acted
	 * @param action e.g. {@code staff.assigned}
	 * @param targetType e.g. {@code store}
	 * @param targetId e.g. the store's id
	 * @param storeId the store the change concerned
	 * @param from entries at or after this instant
	 * @param to entries before this instant
	 * @param page the page, from 0
	 * @param size entries per page, at most 200
	 */
	@TimeWindow.InOrder
	record AuditQuery(@Nullable UUID actorId, @Nullable @Size(max = 100) String action,
			@Nullable @Size(max = 50) String targetType, @Nullable @Size(max = 100) String targetId,
			@Nullable UUID storeId, @Nullable Instant from, @Nullable Instant to, @Nullable @Min(0) Integer page,
			@Nullable @Min(1) @Max(200) Integer size) implements TimeWindow {

		int pageNumber() {
			return (this.page != null) ? this.page : 0;
		}

		int pageSize() {
			return (this.size != null) ? this.size : 50;
		}

	}

	/**
	 * One recorded action.
	 *
	 * @param id the entry
	 * @param occurredAt when
	 * @param actorId who, or {@code null} for the platform itself
	 * @param actorRoles the roles the actor acted with
	 * @param action what was done
	 * @param targetType to what kind of thing
	 * @param targetId to which one
	 * @param storeId the store concerned, if any
	 * @param details what changed
	 * @param clientIp from where
	 * @param traceId the request's trace, to find its logs
	 */
	record AuditEntry(long id, Instant occurredAt, @Nullable UUID actorId, List<String> actorRoles, String action,
			String targetType, String targetId, @Nullable UUID storeId, JsonNode details, @Nullable String clientIp,
			@Nullable String traceId) {
	}

	/**
	 * A page of entries, newest first.
	 *
	 * @param items the entries
	 * @param page this page's number, from 0
	 * @param size the page size asked for
	 * @param totalItems entries matching the filters in all
	 */
	record AuditPage(List<AuditEntry> items, int page, int size, long totalItems) {
	}

}
