package com.jainshikanji.notification.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.NotificationKind;

/**
 * One entry of a person's notification list in the apps, rendered when it was created. At
 * most one per event and person ({@code UNIQUE (source_id, user_id)}).
 */
@Entity
@Table(name = "in_app_notifications")
class InAppNotification {

	@Id
	private UUID id;

	private UUID userId;

	private UUID sourceId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String title;

	private String body;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> data;

	private Instant createdAt;

	private @Nullable Instant readAt;

	protected InAppNotification() {
	}

	/**
	 * Marks it read; reading it again keeps the first time.
	 * @return whether it was unread
	 */
	boolean markRead(Instant now) {
		if (this.readAt != null) {
			return false;
		}
		this.readAt = now;
		return true;
	}

	UUID userId() {
		return this.userId;
	}

	NotificationResponse toResponse() {
		return new NotificationResponse(this.id, this.kind, this.kind.category(), this.title, this.body,
				Map.copyOf(this.data), this.createdAt, this.readAt);
	}

}
