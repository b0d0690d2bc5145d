package com.jainshikanji.store.config;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import com.jainshikanji.common.events.Topics;

/**
 * The topic this service publishes to (StaffAssigned, StaffUnassigned); it owns the
 * topic, so it declares it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

	@Bean
	NewTopic storeEvents(@Value("${jainshikanji.kafka.partitions:3}") int partitions,
			@Value("${jainshikanji.kafka.replicas:1}") short replicas) {
		return TopicBuilder.name(Topics.STORE).partitions(partitions).replicas(replicas).build();
	}

}
