package com.jainshikanji.inventory.stock;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who changed stock and in what connection, for the audit trail.
 *
 * @param id the user or service; {@code null} for this service itself (e.g. expiry)
 * @param reference what the change was about: a purchase order number, an order id
 * @param note free text from the person making the change
 */
public record Actor(@Nullable UUID id, @Nullable String reference, @Nullable String note) {

	public static Actor of(@Nullable UUID id, String reference) {
		return new Actor(id, reference, null);
	}

	/** This service acting on its own, e.g. when a reservation expires. */
	public static Actor system(String reference) {
		return new Actor(null, reference, null);
	}

}
