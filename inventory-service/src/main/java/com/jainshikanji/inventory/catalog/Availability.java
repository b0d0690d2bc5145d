package com.jainshikanji.inventory.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * When a product can be ordered: an admin's switch, and an optional window (e.g. seasonal
 * aam panna, only in summer). The window is never empty or backwards.
 *
 * @param enabled the admin's switch
 * @param from start of the window, if any
 * @param until end of the window (exclusive), if any
 */
@Embeddable
record Availability(@Column(name = "is_available") boolean enabled,
		@Column(name = "available_from") @Nullable Instant from,
		@Column(name = "available_until") @Nullable Instant until) {

	/** Switched on, with no window: orderable at any time. */
	static final Availability ALWAYS = new Availability(true, null, null);

	Availability {
		if (from != null && until != null && !until.isAfter(from)) {
			throw new InvalidProduct("availableUntil must be after availableFrom");
		}
	}

	/** Whether it can be ordered at the given time: switched on and inside its window. */
	boolean orderableAt(Instant now) {
		return this.enabled && (this.from == null || !now.isBefore(this.from))
				&& (this.until == null || now.isBefore(this.until));
	}

	/** The same window, switched off. */
	Availability switchedOff() {
		return new Availability(false, this.from, this.until);
	}

}
