package com.jainshikanji.common.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How event listeners retry. A failed record moves to a retry topic (so the records
 * behind it are not held up), is tried again after a growing delay, and after the last
 * attempt lands on the consumer group's dead-letter topic
 * ({@link com.jainshikanji.common.events.Topics#deadLetter}).
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialBackoff delay before the first retry
 * @param multiplier growth of the delay per retry
 * @param maxBackoff the longest delay
 * @param retryTopicReplicas replication factor of the retry and dead-letter topics this
 * service creates
 */
@ConfigurationProperties("jainshikanji.messaging.consumer")
public record ConsumerProperties(@DefaultValue("4") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
		@DefaultValue("2.0") double multiplier, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("1") short retryTopicReplicas) {
}
