package com.jainshikanji.review.eligibility;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;

/**
 * Learns from the order topic what customers received: each {@link OrderDelivered} makes
 * its products reviewable by the order's customer, once (the inbox record commits with
 * the items, and an order's items are remembered only the first time it is delivered).
 * Other order events say nothing about what may be reviewed and are skipped without a
 * trace.
 */
@Component
class OrderEventsListener {

	static final String CONSUMER = "review-service.orders";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final Purchases purchases;

	OrderEventsListener(ProcessedEvents processedEvents, EventJson json, Purchases purchases) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.purchases = purchases;
	}

	@KafkaListener(topics = Topics.ORDER)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.is(OrderDelivered.class) || !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		this.purchases.delivered(this.json.payload(event, OrderDelivered.class));
	}

}
