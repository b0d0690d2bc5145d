package com.jainshikanji.notification.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.directory.Recipients;
import com.jainshikanji.notification.dispatch.Dispatcher;
import com.jainshikanji.notification.dispatch.Notice;
import com.jainshikanji.notification.kind.NotificationKind;
import com.jainshikanji.notification.order.OrderBook;

/**
 * Admins' sends to one person or a segment, through the same dispatch as events (so
 * preferences apply: promotions reach only those who opted in). A send with an
 * Idempotency-Key happens once however often it is asked for: the key makes its id, and
 * its id makes every notification of it unique.
 */
@Service
class Campaigns {

	private final Recipients recipients;

	private final OrderBook orders;

	private final Dispatcher dispatcher;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	Campaigns(Recipients recipients, OrderBook orders, Dispatcher dispatcher, JdbcClient jdbc, AuditLog auditLog,
			Clock clock) {
		this.recipients = recipients;
		this.orders = orders;
		this.dispatcher = dispatcher;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	SendResponse send(NotificationKind kind, Audience audience, Map<String, @Nullable Object> variables, UUID admin,
			@Nullable String idempotencyKey) {
		if (!kind.sendable()) {
			throw new KindNotSendable(kind);
		}
		String fingerprint = fingerprint(kind, audience, variables);
		UUID sendId = (idempotencyKey != null)
				? UUID.nameUUIDFromBytes(("send:" + admin + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
				: UUID.randomUUID();
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:id))")
			.param("id", sendId.toString())
			.query()
			.listOfRows();
		Optional<Map<String, Object>> earlier = this.jdbc
			.sql("SELECT fingerprint, recipients, notified FROM sends WHERE id = :id")
			.param("id", sendId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (earlier.isPresent()) {
			if (!fingerprint.equals(earlier.get().get("fingerprint"))) {
				throw new IdempotencyKeyReused();
			}
			return new SendResponse(sendId, kind, ((Number) earlier.get().get("recipients")).intValue(),
					((Number) earlier.get().get("notified")).intValue());
		}
		List<UUID> audienceIds = resolve(audience);
		int notified = 0;
		for (UUID recipient : audienceIds) {
			Contact contact = this.recipients.contact(recipient);
			Map<String, @Nullable Object> personal = new LinkedHashMap<>(variables);
			personal.put("firstName", contact.firstName());
			if (!this.dispatcher.dispatch(new Notice(sendId, kind, recipient, contact, personal, Map.of())).isEmpty()) {
				notified++;
			}
		}
		this.jdbc.sql("""
				INSERT INTO sends (id, kind, audience, variables, fingerprint, requested_by, requested_at, recipients,
				    notified)
				VALUES (:id, :kind, CAST(:audience AS JSONB), CAST(:variables AS JSONB), :fingerprint, :admin, :now,
				    :recipients, :notified)
				""")
			.param("id", sendId)
			.param("kind", kind.name())
			.param("audience", this.json.writeValueAsString(describe(audience)))
			.param("variables", this.json.writeValueAsString(variables))
			.param("fingerprint", fingerprint)
			.param("admin", admin)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("recipients", audienceIds.size())
			.param("notified", notified)
			.update();
		this.auditLog.record(AuditEvent.of("notification.sent", "send", sendId)
			.with("kind", kind)
			.with("audience", describe(audience))
			.with("title", variables.get("title"))
			.with("recipients", audienceIds.size())
			.with("notified", notified));
		return new SendResponse(sendId, kind, audienceIds.size(), notified);
	}

	/**
	 * @throws UnknownRecipient if the one person meant is not known: a send to nobody
	 * would be counted as notified
	 */
	private List<UUID> resolve(Audience audience) {
		return switch (audience) {
			case Audience.OnePerson one -> {
				if (!this.recipients.knows(one.userId())) {
					throw new UnknownRecipient(one.userId());
				}
				yield List.of(one.userId());
			}
			case Audience.Everyone everyone -> this.recipients.everyone();
			case Audience.StoreCustomers store -> this.orders.customersOf(store.storeId());
			case Audience.LoyaltyTier tier -> this.recipients.inTier(tier.tier());
		};
	}

	private static Map<String, Object> describe(Audience audience) {
		return switch (audience) {
			case Audience.OnePerson one -> Map.of("userId", one.userId().toString());
			case Audience.Everyone everyone -> Map.of("segment", "EVERYONE");
			case Audience.StoreCustomers store ->
				Map.of("segment", "STORE_CUSTOMERS", "storeId", store.storeId().toString());
			case Audience.LoyaltyTier tier -> Map.of("segment", "LOYALTY_TIER", "tier", tier.tier());
		};
	}

	private String fingerprint(NotificationKind kind, Audience audience, Map<String, @Nullable Object> variables) {
		String canonical = kind + "|" + this.json.writeValueAsString(describe(audience)) + "|"
				+ this.json.writeValueAsString(variables);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
