package com.jainshikanji.notification.dispatch;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Something to tell one person.
 *
 * @param sourceId what caused it: the event's id, or an admin send's; with the recipient
 * and channel it identifies each notification, so the same source never notifies anyone
 * twice on a channel
 * @param kind what kind of notification it is
 * @param recipientId who is told
 * @param contact where to reach them
 * @param variables the data its templates are rendered with ({@code firstName} is filled
 * in from the contact when missing)
 * @param links what the in-app notification may link to, e.g. {@code orderId}
 */
public record Notice(UUID sourceId, NotificationKind kind, UUID recipientId, Contact contact,
		Map<String, @Nullable Object> variables, Map<String, String> links) {
}
