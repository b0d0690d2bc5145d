package com.jainshikanji.common.messaging;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the topics listed in {@code jainshikanji.kafka.owned}; Spring Kafka's admin
 * creates those missing when the application starts.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class KafkaTopicsAutoConfiguration {

	@Bean
	KafkaAdmin.NewTopics ownedTopics(KafkaTopicsProperties properties) {
		return new KafkaAdmin.NewTopics(properties.owned()
			.stream()
			.map((name) -> TopicBuilder.name(name)
				.partitions(properties.partitions())
				.replicas(properties.replicas())
				.build())
			.toArray(NewTopic[]::new));
	}

}
