package com.jainshikanji.common.messaging.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox relay settings.
 *
 * @param enabled whether this instance relays at all (every instance may; only one at a
 * time does)
 * @param pollInterval how often the relay looks for events nobody woke it up for (e.g.
 * left by another instance)
 * @param batchSize events read and sent per batch
 * @param sendTimeout how long one batch may take to be acknowledged by Kafka
 * @param maxBackoff the longest pause between attempts while Kafka is unreachable
 * @param retention how long published (or discarded) events are kept for inspection
 * before they are deleted
 * @param parkAfterFailures after how many failed attempts while Kafka accepted other
 * events an event is parked for an operator; failures during an outage never count
 */
@ConfigurationProperties("jainshikanji.messaging.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("20s") Duration sendTimeout,
		@DefaultValue("10s") Duration maxBackoff, @DefaultValue("7d") Duration retention,
		@DefaultValue("10") int parkAfterFailures) {
}
