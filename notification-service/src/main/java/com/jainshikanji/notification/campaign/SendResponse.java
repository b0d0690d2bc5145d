package com.jainshikanji.notification.campaign;

import java.util.UUID;

import com.jainshikanji.notification.kind.NotificationKind;

/**
 * What a send did.
 *
 * @param sendId the send; the delivery log's {@code sourceId}
 * @param recipients how many people the audience had
 * @param notified how many of them it reached on at least one channel (the others opted
 * out, for promotions, or cannot be reached)
 */
record SendResponse(UUID sendId, NotificationKind kind, int recipients, int notified) {
}
