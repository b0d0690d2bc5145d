package com.jainshikanji.common.messaging.deadletter;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code messaging.dead.letters}, tagged with the original topic: records this service's
 * consumers gave up on. Any increase wants an operator (see the admin API).
 *
 * <p>
 * Each topic's counter exists from zero as soon as the service is known to consume it
 * ({@link #startAtZero}): a counter first registered by its first dead letter would
 * appear at 1, and Prometheus' {@code increase()} sees no increase in a series' first
 * sample, so that dead letter would never raise the alert.
 */
public class DeadLetterMetrics implements MeterBinder, Consumer<String> {

	private final Set<String> topics = ConcurrentHashMap.newKeySet();

	private volatile MeterRegistry registry;

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		this.topics.forEach((topic) -> counter(registry, topic));
	}

	/**
	 * Registers the counters of these original topics at zero, now or once bound.
	 * @param topics the topics whose records may become dead letters, as
	 * {@link DeadLetterRecorder#deadLetteredTopic} names them
	 */
	public void startAtZero(Collection<String> topics) {
		this.topics.addAll(topics);
		MeterRegistry target = this.registry;
		if (target != null) {
			topics.forEach((topic) -> counter(target, topic));
		}
	}

	/** Counts one new dead letter of the topic. */
	@Override
	public void accept(String topic) {
		MeterRegistry target = this.registry;
		if (target != null) {
			counter(target, topic).increment();
		}
	}

	private static Counter counter(MeterRegistry registry, String topic) {
		return Counter.builder("messaging.dead.letters")
			.description("Records the service's consumers gave up on, stored for an operator")
			.baseUnit("records")
			.tag("topic", topic)
			.register(registry);
	}

}
