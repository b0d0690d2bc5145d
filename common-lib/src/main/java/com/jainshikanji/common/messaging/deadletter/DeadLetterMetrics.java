package com.jainshikanji.common.messaging.deadletter;

import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code messaging.dead.letters}, tagged with the original topic: records this service's
 * consumers gave up on. Any increase wants an operator (see the admin API).
 */
public class DeadLetterMetrics implements MeterBinder, Consumer<String> {

	private volatile MeterRegistry registry;

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Counts one new dead letter of the topic. */
	@Override
	public void accept(String topic) {
		MeterRegistry target = this.registry;
		if (target != null) {
			Counter.builder("messaging.dead.letters")
				.description("Records the service's consumers gave up on, stored for an operator")
				.baseUnit("records")
				.tag("topic", topic)
				.register(target)
				.increment();
		}
	}

}
