package com.jainshikanji.analytics.stores;

import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A store as the figures know it.
 *
 * @param name {@code null} until the store service has named it
 * @param timeZone the zone its days are counted in
 * @param known whether the store service has described it (otherwise the zone is the
 * default)
 */
public record StoreEntry(UUID storeId, @Nullable String name, ZoneId timeZone, boolean known) {
}
