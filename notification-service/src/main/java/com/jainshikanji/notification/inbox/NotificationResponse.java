package com.jainshikanji.notification.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.Category;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * An in-app notification.
 *
 * @param data what the app may link to, e.g. {@code orderId}
 * @param readAt when it was marked read, or {@code null} while unread
 */
record NotificationResponse(UUID id, NotificationKind kind, Category category, String title, String body,
		Map<String, String> data, Instant createdAt, @Nullable Instant readAt) {
}
