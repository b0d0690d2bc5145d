package com.jainshikanji.common.config;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Gives the heap that starting the application needed back to the system once it is
 * ready. Starting a service allocates far more than it keeps (Spring's bean definitions,
 * Hibernate's metamodel building, Flyway's scan): with a small young generation most of
 * it is promoted, so right after start the old generation is full of garbage (≈ 90 MiB
 * committed for ≈ 50 MiB live), and nothing collects it while the service waits for
 * requests. One full collection, with the heap's free-ratio bounds lowered for its
 * duration so that the collector shrinks the heap to what is live, then restored, so that
 * under load the heap grows exactly as it would have.
 *
 * <p>
 * The serial collector shrinks the heap by steps over several collections unless the JVM
 * runs with {@code -XX:-ShrinkHeapInSteps}: the local launcher passes it. Switched on by
 * {@code jainshikanji.memory.trim-heap-after-start} (the launcher sets it; on one machine
 * the services' start-up garbage was ≈ 300 MiB, docs/performance.md, P5).
 */
class StartupHeapTrim {

	private static final Logger log = LoggerFactory.getLogger(StartupHeapTrim.class);

	/**
	 * Free share of the heap the collector leaves after the trim, at most. Little: the
	 * heap shrinks to what is live plus this share, and the first collection under load
	 * grows it again by the restored bounds.
	 */
	private static final String TRIM_MAX_FREE_PERCENT = "10";

	/** Free share the collector keeps after the trim, at least. */
	private static final String TRIM_MIN_FREE_PERCENT = "0";

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		// A collection stops the whole JVM whichever thread asks; a thread of its own
		// only keeps the trim from delaying the readiness that follows this event.
		Thread.ofVirtual().name("startup-heap-trim").start(this::trim);
	}

	/** Collects once with the lowered bounds and says what it returned. */
	Trimmed trim() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = memory.getHeapMemoryUsage().getCommitted();
		try {
			collectWithLoweredBounds(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
		}
		catch (RuntimeException ex) {
			// A JVM without these options just keeps its heap: nothing to trim is no
			// failure.
			log.debug("Heap not trimmed after start", ex);
		}
		Trimmed trimmed = new Trimmed(before, memory.getHeapMemoryUsage().getCommitted());
		log.info("Heap after start: {} MiB committed, {} MiB after returning the start-up garbage",
				trimmed.committedBefore() >> 20, trimmed.committedAfter() >> 20);
		return trimmed;
	}

	private static void collectWithLoweredBounds(HotSpotDiagnosticMXBean hotspot) {
		String minFree = hotspot.getVMOption("MinHeapFreeRatio").getValue();
		String maxFree = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
		try {
			// Minimum first: the JVM refuses a maximum below the current minimum (and,
			// restoring, a minimum above the current maximum).
			hotspot.setVMOption("MinHeapFreeRatio", TRIM_MIN_FREE_PERCENT);
			hotspot.setVMOption("MaxHeapFreeRatio", TRIM_MAX_FREE_PERCENT);
			System.gc();
		}
		finally {
			hotspot.setVMOption("MaxHeapFreeRatio", maxFree);
			hotspot.setVMOption("MinHeapFreeRatio", minFree);
		}
	}

	/**
	 * The heap's committed size around the trim.
	 *
	 * @param committedBefore bytes before
	 * @param committedAfter bytes after
	 */
	record Trimmed(long committedBefore, long committedAfter) {
	}

}
