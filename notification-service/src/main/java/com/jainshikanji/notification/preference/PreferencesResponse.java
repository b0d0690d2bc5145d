package com.jainshikanji.notification.preference;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's choices: per category, the channels it may use.
 *
 * @param orderUpdates placement, confirmation, progress, delivery, cancellation, payment
 * and refunds
 * @param accountUpdates welcome, loyalty tier changes, service announcements
 * @param promotions offers (off unless opted in)
 * @param updatedAt when they last changed (when they were created, for defaults)
 */
record PreferencesResponse(UUID userId, ChannelChoice orderUpdates, ChannelChoice accountUpdates,
		ChannelChoice promotions, Instant updatedAt) {
}
