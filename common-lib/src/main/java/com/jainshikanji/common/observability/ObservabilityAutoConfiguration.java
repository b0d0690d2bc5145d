package com.jainshikanji.common.observability;

import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health the platform's probes rely on that Spring Boot does not provide: Kafka's (the
 * readiness group of every service with Kafka includes it, see
 * {@code jainshikanji-defaults.yml}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({ HealthIndicator.class, KafkaAdmin.class })
public class ObservabilityAutoConfiguration {

	/** Named {@code kafka} in the health endpoint. */
	@Bean
	@ConditionalOnBean(KafkaAdmin.class)
	@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
	@ConditionalOnEnabledHealthIndicator("kafka")
	HealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin.getConfigurationProperties(), Duration.ofSeconds(3));
	}

}
