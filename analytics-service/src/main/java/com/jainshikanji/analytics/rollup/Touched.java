package com.jainshikanji.analytics.rollup;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The store-days whose facts changed, as moments per store (the rollups turn them into
 * days in the store's time zone when they recompute them).
 */
public final class Touched {

	private final Map<UUID, Set<Instant>> moments = new TreeMap<>();

	/** Notes the days these moments fall on at the store; {@code null}s are skipped. */
	public void add(UUID storeId, @Nullable Instant... moments) {
		for (Instant moment : moments) {
			if (moment != null) {
				this.moments.computeIfAbsent(storeId, (store) -> new TreeSet<>()).add(moment);
			}
		}
	}

	public boolean isEmpty() {
		return this.moments.isEmpty();
	}

	Map<UUID, Set<Instant>> byStore() {
		return this.moments;
	}

}
