package com.jainshikanji.analytics.access;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The stores a request's figures are about, once the caller was allowed to see them.
 *
 * @param storeIds the stores, never empty
 * @param everyStore whether the caller asked for the whole platform (an admin without a
 * store): figures not tied to any store (registrations, visits before a store was chosen)
 * count too
 * @param timeZone the zone of "today" and of period boundaries: the store's own for one
 * store, the platform's default for several
 */
public record Scope(List<UUID> storeIds, boolean everyStore, ZoneId timeZone) {

	/** A store id no store has: keeps {@code IN (:stores)} valid when there are none. */
	private static final UUID NONE = new UUID(0, 0);

	public Scope {
		storeIds = List.copyOf(storeIds);
	}

	/** The store ids for a SQL {@code IN (:stores)}: never empty. */
	public List<UUID> storesForQuery() {
		return this.storeIds.isEmpty() ? List.of(NONE) : this.storeIds;
	}

}
