package com.jainshikanji.notification.template;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * A template as admins see it.
 *
 * @param variables what the template may use, with the sample values it is tried on
 */
record TemplateResponse(NotificationKind kind, Channel channel, @Nullable String subject, String body,
		@Nullable String html, boolean enabled, Instant updatedAt, @Nullable UUID updatedBy, long version,
		Map<String, @Nullable Object> variables) {
}
