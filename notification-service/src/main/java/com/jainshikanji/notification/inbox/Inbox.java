package com.jainshikanji.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.notification.kind.NotificationKind;

/** People's in-app notification lists. */
@Service
public class Inbox {

	private final InAppNotifications notifications;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	Inbox(InAppNotifications notifications, JdbcClient jdbc, Clock clock) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a notification to someone's list, unless the same event already put one there.
	 * @return whether it was added
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean add(UUID userId, UUID sourceId, NotificationKind kind, String title, String body,
			Map<String, String> data) {
		return this.jdbc.sql("""
				INSERT INTO in_app_notifications (id, user_id, source_id, kind, title, body, data, created_at)
				VALUES (:id, :userId, :sourceId, :kind, :title, :body, CAST(:data AS JSONB), :now)
				ON CONFLICT (source_id, user_id) DO NOTHING
				""")
			.param("id", UUID.randomUUID())
			.param("userId", userId)
			.param("sourceId", sourceId)
			.param("kind", kind.name())
			.param("title", title)
			.param("body", body)
			.param("data", this.json.writeValueAsString(data))
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	@Transactional(readOnly = true)
	NotificationPageResponse page(UUID userId, boolean unreadOnly, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		Page<InAppNotification> found = unreadOnly ? this.notifications.findByUserIdAndReadAtIsNull(userId, request)
				: this.notifications.findByUserId(userId, request);
		return new NotificationPageResponse(found.getContent().stream().map(InAppNotification::toResponse).toList(),
				page, size, found.getTotalElements(), found.getTotalPages(),
				this.notifications.countByUserIdAndReadAtIsNull(userId));
	}

	/**
	 * Marks one of the caller's notifications read (an admin may mark anyone's).
	 * @throws NotificationNotFound if there is no such notification for the caller
	 */
	@Transactional
	NotificationResponse markRead(UUID id, AuthenticatedUser caller) {
		InAppNotification notification = this.notifications.findById(id)
			.filter((found) -> caller.isSelfOrAdmin(found.userId()))
			.orElseThrow(() -> new NotificationNotFound(id));
		notification.markRead(this.clock.instant());
		return notification.toResponse();
	}

	@Transactional
	MarkedReadResponse markAllRead(UUID userId) {
		return new MarkedReadResponse(this.notifications.markAllRead(userId, this.clock.instant()));
	}

}
