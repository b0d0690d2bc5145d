package com.jainshikanji.common.events;

/**
 * A fact one service publishes for others: a past-tense record annotated with
 * {@link EventType}. Publishing one inside a transaction (through {@code EventOutbox}, or
 * by registering it on an aggregate) stores it with the state change; it reaches Kafka
 * after the commit.
 */
public interface IntegrationEvent {

	/**
	 * The id of the aggregate the event is about; also the Kafka key, which keeps its
	 * events in order.
	 */
	String aggregateId();

}
