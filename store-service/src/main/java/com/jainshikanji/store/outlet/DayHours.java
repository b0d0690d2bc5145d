package com.jainshikanji.store.store;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When a store opens on one weekday, in wall-clock time of the store's zone. A closing
 * time that is not after the opening time is on the next day: 18:00–02:00 runs eight
 * hours into the next morning, and 00:00–00:00 is open around the clock.
 *
 * @param opensAt the opening time, {@code null} on a closed day
 * @param closesAt the closing time (exclusive), {@code null} on a closed day
 */
record DayHours(LocalTime opensAt, LocalTime closesAt) {

	static final DayHours CLOSED = new DayHours(null, null);

	DayHours {
		if ((opensAt == null) != (closesAt == null)) {
			throw new IllegalArgumentException("A day is either closed or has both an opening and a closing time");
		}
	}

	static DayHours open(LocalTime opensAt, LocalTime closesAt) {
		return new DayHours(opensAt, closesAt);
	}

	boolean isClosed() {
		return this.opensAt == null;
	}

	/** Whether the store closes after midnight, on the following day. */
	boolean closesNextDay() {
		return !isClosed() && !this.closesAt.isAfter(this.opensAt);
	}

	/** How long the store is open from {@code opensAt}; zero on a closed day. */
	Duration length() {
		if (isClosed()) {
			return Duration.ZERO;
		}
		Duration sameDay = Duration.between(this.opensAt, this.closesAt);
		return closesNextDay() ? sameDay.plusDays(1) : sameDay;
	}

}
