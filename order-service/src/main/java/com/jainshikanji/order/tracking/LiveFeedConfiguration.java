package com.jainshikanji.order.tracking;

import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;

/**
 * Every instance reads the whole order topic for its own live streams: a consumer group
 * of its own (so it is not shared with the other instances), from the end of the topic (a
 * stream only wants what happens from now on). Built by hand rather than with
 * {@code @KafkaListener}, so the platform's retry and dead-letter topics, which are for
 * work that must get done, stay out of it: a message a stream missed is not worth
 * retrying, the client gets the status on reconnecting.
 */
@Configuration(proxyBeanMethods = false)
class LiveFeedConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LiveFeedConfiguration.class);

	@Bean
	ConcurrentMessageListenerContainer<String, String> liveOrderFeed(ConsumerFactory<String, String> consumers,
			LiveOrderStreams streams, EventJson json, Environment environment) {
		ContainerProperties properties = new ContainerProperties(Topics.ORDER);
		properties
			.setGroupId(environment.getRequiredProperty("spring.application.name") + ".live." + UUID.randomUUID());
		Properties kafka = new Properties();
		kafka.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		properties.setKafkaConsumerProperties(kafka);
		// Its timer would clash with the listener observations' meter of the same name.
		properties.setMicrometerEnabled(false);
		properties.setMessageListener((MessageListener<String, String>) (record) -> {
			try {
				streams.deliver(json.read(record.value()));
			}
			catch (RuntimeException ex) {
				log.warn("Could not show order event at offset {} in live streams", record.offset(), ex);
			}
		});
		return new ConcurrentMessageListenerContainer<>(consumers, properties);
	}

}
