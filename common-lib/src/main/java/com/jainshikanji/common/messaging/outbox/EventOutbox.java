package com.jainshikanji.common.messaging.outbox;

import java.time.Clock;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;

/**
 * Stores integration events in the service's database, in the caller's transaction: the
 * event exists if and only if the state change committed. {@link OutboxRelay} sends it to
 * Kafka afterwards.
 *
 * <p>
 * Events registered on an aggregate ({@code AbstractAggregateRoot.registerEvent}) arrive
 * here when the aggregate is saved; code without an aggregate calls {@link #append}
 * directly.
 */
public class EventOutbox {

	private final JdbcClient jdbc;

	private final EventJson json;

	private final Clock clock;

	private final Supplier<String> traceparent;

	private final Runnable wakeUpRelay;

	public EventOutbox(JdbcClient jdbc, EventJson json, Clock clock, Supplier<String> traceparent,
			Runnable wakeUpRelay) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.traceparent = traceparent;
		this.wakeUpRelay = wakeUpRelay;
	}

	/**
	 * Stores the event in the current transaction; refuses to run without one, since an
	 * event stored outside the state change's transaction could announce something that
	 * never happened.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public EventEnvelope append(IntegrationEvent event) {
		EventType type = EventJson.typeOf(event.getClass());
		EventEnvelope envelope = this.json.envelope(event, this.clock.instant(), this.traceparent.get());
		this.jdbc.sql("""
				INSERT INTO messaging.event_outbox (event_id, topic, message_key, event_type, envelope)
				VALUES (:eventId, :topic, :key, :type, :envelope)
				""")
			.param("eventId", envelope.eventId())
			.param("topic", type.topic())
			.param("key", envelope.aggregateId())
			.param("type", envelope.type())
			.param("envelope", this.json.write(envelope))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				EventOutbox.this.wakeUpRelay.run();
			}
		});
		return envelope;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(IntegrationEvent event) {
		append(event);
	}

}
