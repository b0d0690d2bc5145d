package com.jainshikanji.customer.profile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.loyalty.LoyaltyPointsChanged;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;

/**
 * Keeps the customer's {@link Loyalty} copy (points and tier) in step with the loyalty
 * service, which owns it. Events can be redelivered and arrive out of order (retry
 * topics); each carries the loyalty account's revision, and only a newer one than the
 * copy's changes it. The update bumps the customer's version, so a profile edit racing it
 * fails its optimistic lock instead of writing the old figures back.
 */
@Component
class LoyaltyCopyListener {

	static final String CONSUMER = "customer-service.loyalty";

	private static final Logger log = LoggerFactory.getLogger(LoyaltyCopyListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final JdbcClient jdbc;

	LoyaltyCopyListener(ProcessedEvents processedEvents, EventJson json, JdbcClient jdbc) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.jdbc = jdbc;
	}

	@KafkaListener(topics = Topics.LOYALTY)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.is(LoyaltyPointsChanged.class) || !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		LoyaltyPointsChanged changed = this.json.payload(event, LoyaltyPointsChanged.class);
		int updated = this.jdbc.sql("""
				UPDATE customers
				SET loyalty_points = :balance, loyalty_tier = :tier, loyalty_revision = :revision,
				    version = version + 1, updated_at = now()
				WHERE id = :id AND loyalty_revision < :revision
				""")
			.param("balance", Math.toIntExact(changed.balance()))
			.param("tier", LoyaltyTier.valueOf(changed.tier()).name())
			.param("revision", changed.revision())
			.param("id", changed.customerId())
			.update();
		if (updated == 0) {
			log.debug("{} {} is stale or names no customer here; ignored", event.type(), event.eventId());
		}
	}

}
