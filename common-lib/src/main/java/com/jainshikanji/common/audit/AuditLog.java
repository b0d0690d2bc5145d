package com.jainshikanji.common.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Records who did what to whom, for every staff and admin action that changes something.
 * An entry is written in the caller's transaction, so it exists if and only if the change
 * committed; the actor is the authenticated user of the current request (none for the
 * platform's own jobs and event consumers).
 *
 * <pre class="code">
 * auditLog.record(AuditEvent.of("product.price-changed", "product", product.id())
 *     .with("from", oldPrice).with("to", newPrice));
 * </pre>
 *
 * Details never hold secrets: any member whose name mentions a password, secret, token,
 * hash or key is stored as {@value #REDACTED}, however deep it sits.
 */
public class AuditLog {

	static final String REDACTED = "[redacted]";

	private static final Pattern SECRET_NAME = Pattern.compile(".*(password|secret|token|hash|key|credential).*");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Supplier<@Nullable String> clientIp;

	private final Supplier<@Nullable String> traceId;

	public AuditLog(JdbcClient jdbc, Clock clock, Supplier<@Nullable String> clientIp,
			Supplier<@Nullable String> traceId) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
		this.clock = clock;
		this.clientIp = clientIp;
		this.traceId = traceId;
	}

	/**
	 * Stores the entry in the current transaction; refuses to run without one, since an
	 * entry stored outside the change's transaction could record a change that never
	 * happened, or miss one that did.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		AuthenticatedUser actor = currentUser();
		this.jdbc.sql("""
				INSERT INTO audit.audit_entry (occurred_at, actor_id, actor_roles, action, target_type, target_id,
				    store_id, details, client_ip, trace_id)
				VALUES (:at, :actorId, :roles, :action, :targetType, :targetId, :storeId, CAST(:details AS JSONB),
				    :clientIp, :traceId)
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actorId", (actor != null) ? actor.id() : null)
			.param("roles", (actor != null) ? roles(actor) : "")
			.param("action", event.action())
			.param("targetType", event.targetType())
			.param("targetId", event.targetId())
			.param("storeId", event.storeId())
			.param("details", this.json.writeValueAsString(redact(event.details())))
			.param("clientIp", this.clientIp.get())
			.param("traceId", this.traceId.get())
			.update();
	}

	private static @Nullable AuthenticatedUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) ? user
				: null;
	}

	private static String roles(AuthenticatedUser user) {
		return user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static Map<String, @Nullable Object> redact(Map<String, ?> details) {
		Map<String, @Nullable Object> safe = new LinkedHashMap<>();
		details.forEach((name, value) -> safe.put(name, isSecret(name) ? REDACTED : redactValue(value)));
		return safe;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object redactValue(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return redact((Map<String, ?>) map);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AuditLog::redactValue).toList();
		}
		return value;
	}

	private static boolean isSecret(String name) {
		return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
	}

	/**
	 * One thing that happened, before it is attributed to its actor.
	 *
	 * @param action what was done, as {@code <thing>.<past-tense verb>}, e.g.
	 * {@code staff.assigned}
	 * @param targetType the kind of thing it was done to, e.g. {@code store}
	 * @param targetId which one
	 * @param storeId the store it concerns, if any
	 * @param details what changed (values before and after, the reason); secrets are
	 * redacted
	 */
	public record AuditEvent(String action, String targetType, String targetId, @Nullable UUID storeId,
			Map<String, ?> details) {

		public AuditEvent {
			details = Map.copyOf(details);
		}

		public static AuditEvent of(String action, String targetType, Object targetId) {
			return new AuditEvent(action, targetType, String.valueOf(targetId), null, Map.of());
		}

		/** The same event, concerning a store. */
		public AuditEvent atStore(@Nullable UUID store) {
			return new AuditEvent(this.action, this.targetType, this.targetId, store, this.details);
		}

		/** The same event with one more detail; a {@code null} value is left out. */
		public AuditEvent with(String name, @Nullable Object value) {
			if (value == null) {
				return this;
			}
			Map<String, Object> more = new LinkedHashMap<>(this.details);
			more.put(name, (value instanceof Enum<?> constant) ? constant.name() : value);
			return new AuditEvent(this.action, this.targetType, this.targetId, this.storeId, more);
		}

	}

}
