package com.jainshikanji.analytics.reporting;

import java.util.List;
import java.util.UUID;

import com.jainshikanji.analytics.access.Scope;

/**
 * Whose figures these are.
 *
 * @param storeIds the stores
 * @param everyStore whether they are the whole platform's (an admin asked for no store)
 * @param timeZone the zone "today" and the period's days are in
 */
record ScopeResponse(List<UUID> storeIds, boolean everyStore, String timeZone) {

	static ScopeResponse of(Scope scope) {
		return new ScopeResponse(scope.storeIds(), scope.everyStore(), scope.timeZone().getId());
	}

}
