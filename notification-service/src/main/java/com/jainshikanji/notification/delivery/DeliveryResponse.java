package com.jainshikanji.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.channel.SendOutcome;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * A delivery and its attempts, for the delivery log.
 *
 * @param sourceId the event (or admin send) it comes from
 * @param address the email address or phone number; {@code null} for push
 * @param nextAttemptAt while pending, when it is tried (again)
 * @param providerId the provider's id of the accepted message
 * @param lastError why the last attempt failed
 * @param traceId the trace it was queued in (the event's or the admin's request's), which
 * every attempt's log lines and provider calls carry; {@code null} if queued outside any
 * trace
 */
record DeliveryResponse(UUID id, UUID sourceId, UUID recipientId, Channel channel, NotificationKind kind,
		@Nullable String address, DeliveryStatus status, int attempts, @Nullable Instant nextAttemptAt,
		@Nullable String providerId, @Nullable String lastError, Instant createdAt, @Nullable Instant completedAt,
		@Nullable String traceId, List<Attempt> attemptLog) {

	/**
	 * @param result SENT, RETRY (the provider could not take it now), REJECTED (refused
	 * for good) or GONE (the address no longer exists)
	 */
	record Attempt(int attempt, Instant attemptedAt, SendOutcome.Result result, @Nullable String providerId,
			@Nullable String error, long durationMs) {
	}

}
