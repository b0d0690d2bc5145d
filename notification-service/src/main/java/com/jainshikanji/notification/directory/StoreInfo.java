package com.jainshikanji.notification.directory;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What notifications say about a store.
 *
 * @param name its name
 * @param phone how customers call it, or {@code null}
 * @param timeZone its time zone, for times in messages
 * @param preparationMinutes how long it usually takes to prepare an order, or
 * {@code null}
 */
public record StoreInfo(String name, @Nullable String phone, ZoneId timeZone, @Nullable Integer preparationMinutes) {

	/** When the store service cannot say: the brand, and India's time. */
	public static final StoreInfo UNKNOWN = new StoreInfo("Jain Shikanji", null, ZoneId.of("Asia/Kolkata"), null);

}
