package com.jainshikanji.order.placement;

import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Admission control for order placement: at most
 * {@link PlacementProperties#concurrency()} placements run at once on this instance; the
 * next wait their turn, first come first served, for up to
 * {@link PlacementProperties#maxWait()}, and are refused with a 503
 * ({@link PlacementsBusy}) after that.
 * <p>
 * A placement makes six calls in a row to four services that share the machine's CPU.
 * Once those are busy, more placements at once do not place more orders: every call just
 * gets slower, until calls pass their read timeout, the circuit breakers open and most
 * placements are refused. Measured on the two-core development machine (P2 in
 * docs/performance.md): 16 clients placing orders as fast as they could got 4.3 orders/s
 * and 503s without the turns, 6.9/s and none with eight. Waiting here instead keeps the
 * downstream calls about as fast as at the platform's capacity. The free turns are a
 * metric ({@code resilience4j.bulkhead.*}, name {@code placement}).
 */
@Component
class PlacementTurns {

	private final Bulkhead bulkhead;

	private final PlacementProperties properties;

	PlacementTurns(PlacementProperties properties, MeterRegistry meters) {
		this.properties = properties;
		BulkheadRegistry registry = BulkheadRegistry.of(BulkheadConfig.custom()
			.maxConcurrentCalls(properties.concurrency())
			.maxWaitDuration(properties.maxWait())
			.fairCallHandlingStrategyEnabled(true)
			.build());
		this.bulkhead = registry.bulkhead("placement");
		TaggedBulkheadMetrics.ofBulkheadRegistry(registry).bindTo(meters);
	}

	/**
	 * Runs the placement in its turn.
	 * @throws PlacementsBusy if no turn came within the longest wait; the placement did
	 * not run
	 */
	<T> T take(Supplier<T> placement) {
		long waiting = System.nanoTime();
		try {
			this.bulkhead.acquirePermission();
		}
		catch (BulkheadFullException ex) {
			throw new PlacementsBusy(this.properties.concurrency(), (System.nanoTime() - waiting) / 1_000_000);
		}
		try {
			return placement.get();
		}
		finally {
			this.bulkhead.onComplete();
		}
	}

}
