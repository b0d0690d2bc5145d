package com.jainshikanji.notification.delivery;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * What the delivery log is narrowed to, bound from the query string; {@code null} means
 * "any".
 *
 * @param recipientId one person's deliveries
 * @param sourceId the deliveries one event (or admin send) caused
 * @param status PENDING, SENT, FAILED or SKIPPED
 * @param channel EMAIL, SMS or PUSH
 * @param kind one kind of notification
 * @param page zero-based; 0 when omitted
 * @param size deliveries per page, at most 100; 20 when omitted
 */
record DeliveryQuery(@Nullable UUID recipientId, @Nullable UUID sourceId, @Nullable DeliveryStatus status,
		@Nullable Channel channel, @Nullable NotificationKind kind, @Nullable @Min(0) @Max(10_000) Integer page,
		@Nullable @Min(1) @Max(100) Integer size) {

	int pageOrDefault() {
		return (this.page != null) ? this.page : 0;
	}

	int sizeOrDefault() {
		return (this.size != null) ? this.size : 20;
	}

}
