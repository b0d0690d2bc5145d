package com.jainshikanji.analytics.reporting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A store whose figures the caller may see.
 *
 * @param name {@code null} until the store service has named it
 * @param timeZone the zone its days are counted in
 */
record StoreResponse(UUID storeId, @Nullable String name, String timeZone) {
}
