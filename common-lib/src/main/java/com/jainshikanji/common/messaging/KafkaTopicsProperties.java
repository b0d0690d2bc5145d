package com.jainshikanji.common.messaging;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics a service owns, that is, publishes to: it declares them, so they exist with
 * the right shape before its first event, whoever starts first.
 *
 * @param owned the topic names, from {@link com.jainshikanji.common.events.Topics}
 * @param partitions partitions of each owned topic; events of one aggregate share a key,
 * so they stay in order on one partition however many there are
 * @param replicas replication factor of each owned topic
 */
@ConfigurationProperties("jainshikanji.kafka")
public record KafkaTopicsProperties(@DefaultValue List<String> owned, @DefaultValue("3") int partitions,
		@DefaultValue("1") short replicas) {
}
