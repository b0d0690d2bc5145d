package com.jainshikanji.common.messaging.inbox;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotent-consumer record. A listener calls {@link #markProcessed} before its
 * effect, in the same transaction; if the event was seen before it gets {@code false} and
 * skips the effect. Because the record commits or rolls back with the effect, an event is
 * never applied twice, and never marked done without being applied. Events the listener
 * does not act on are left out before it (a row and a commit saved for each).
 *
 * <pre class="code">
 * &#64;KafkaListener(topics = Topics.PAYMENT)
 * &#64;Transactional
 * void on(EventEnvelope event) {
 *     if (!event.isOneOf(PaymentCompleted.class, PaymentFailed.class)
 *             || !processedEvents.markProcessed("orders-payment-listener", event.eventId())) {
 *         return;
 *     }
 *     ...
 * }
 * </pre>
 */
public class ProcessedEvents {

	private final JdbcClient jdbc;

	public ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the consumer has handled the event.
	 * @return {@code true} the first time for this consumer and event, {@code false} on
	 * every redelivery
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markProcessed(String consumer, UUID eventId) {
		return this.jdbc.sql("""
				INSERT INTO messaging.processed_event (consumer, event_id) VALUES (:consumer, :eventId)
				ON CONFLICT DO NOTHING
				""").param("consumer", consumer).param("eventId", eventId).update() == 1;
	}

}
