package com.jainshikanji.common.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Beans every service needs and would otherwise declare for itself. A service that
 * declares its own bean of the same type keeps it.
 */
@AutoConfiguration
public class PlatformAutoConfiguration {

	/**
	 * The time, at PostgreSQL's precision (microseconds), so what a response says right
	 * after a write is exactly what reading it back says later. Tests replace it to move
	 * time.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
	}

	/**
	 * The start-up garbage returned once the service is ready; the local launcher asks
	 * for it.
	 */
	@Bean
	@ConditionalOnProperty(name = "jainshikanji.memory.trim-heap-after-start", havingValue = "true")
	StartupHeapTrim startupHeapTrim() {
		return new StartupHeapTrim();
	}

}
