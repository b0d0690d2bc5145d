package com.jainshikanji.notification.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.loyalty.LoyaltyTierChanged;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.notification.directory.Recipients;
import com.jainshikanji.notification.dispatch.Dispatcher;
import com.jainshikanji.notification.dispatch.Notice;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Loyalty tier changes, each event once: noted for segments, and told to the customer
 * unless a later change was already applied (a late, retried event says nothing).
 */
@Component
class LoyaltyEventsListener {

	static final String CONSUMER = "notification-service.loyalty";

	private static final List<String> TIERS = List.of("BRONZE", "SILVER", "GOLD", "PLATINUM");

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final Recipients recipients;

	private final Dispatcher dispatcher;

	LoyaltyEventsListener(ProcessedEvents processedEvents, EventJson json, Recipients recipients,
			Dispatcher dispatcher) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.recipients = recipients;
		this.dispatcher = dispatcher;
	}

	@KafkaListener(topics = Topics.LOYALTY)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.is(LoyaltyTierChanged.class) || !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		LoyaltyTierChanged changed = this.json.payload(event, LoyaltyTierChanged.class);
		if (!this.recipients.tierChanged(changed.customerId(), changed.newTier(), changed.sequence())) {
			return;
		}
		Map<String, @Nullable Object> variables = new LinkedHashMap<>();
		variables.put("previousTier", Formats.tier(changed.previousTier()));
		variables.put("newTier", Formats.tier(changed.newTier()));
		variables.put("pointsBalance", changed.pointsBalance());
		variables.put("upgraded", rank(changed.newTier()) > rank(changed.previousTier()));
		this.dispatcher.dispatch(new Notice(event.eventId(), NotificationKind.LOYALTY_TIER_CHANGED,
				changed.customerId(), this.recipients.contact(changed.customerId()), variables, Map.of()));
	}

	private static int rank(String tier) {
		return TIERS.indexOf(tier.toUpperCase(Locale.ROOT));
	}

}
