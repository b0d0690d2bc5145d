package com.jainshikanji.store.outlet;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * When a store opens on one weekday, in wall-clock time of the store's zone. A closing
 * time that is not after the opening time is on the next day: 18:00–02:00 runs eight
 * hours into the next morning, 18:00–00:00 closes at midnight, and equal times are open
 * for 24 hours, so 00:00–00:00 is the whole day (what people write as 00:00–24:00). Times
 * are whole minutes: rounding 09:00:59–09:00:30 down would turn a day that closes before
 * it opens into one open around the clock, so such times are refused, not rounded.
 *
 * @param opensAt the opening time, {@code null} on a closed day
 * @param closesAt the closing time (exclusive), {@code null} on a closed day
 */
record DayHours(@Nullable LocalTime opensAt, @Nullable LocalTime closesAt) {

	static final DayHours CLOSED = new DayHours(null, null);

	/** Open from midnight to midnight. */
	static final DayHours ALL_DAY = new DayHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

	DayHours {
		if ((opensAt == null) != (closesAt == null)) {
			throw new IllegalArgumentException("A day is either closed or has both an opening and a closing time");
		}
		if (!isWholeMinute(opensAt) || !isWholeMinute(closesAt)) {
			throw new IllegalArgumentException("Hours are whole minutes, not " + opensAt + "-" + closesAt);
		}
	}

	/** Whether the time has no seconds or fractions of one; {@code null} has none. */
	static boolean isWholeMinute(@Nullable LocalTime time) {
		return time == null || (time.getSecond() == 0 && time.getNano() == 0);
	}

	static DayHours open(LocalTime opensAt, LocalTime closesAt) {
		return new DayHours(opensAt, closesAt);
	}

	boolean isClosed() {
		return this.opensAt == null;
	}

	/** Whether the store closes after midnight, on the following day. */
	boolean closesNextDay() {
		return this.opensAt != null && this.closesAt != null && !this.closesAt.isAfter(this.opensAt);
	}

	/** How long the store is open from {@code opensAt}; zero on a closed day. */
	Duration length() {
		if (this.opensAt == null || this.closesAt == null) {
			return Duration.ZERO;
		}
		Duration sameDay = Duration.between(this.opensAt, this.closesAt);
		return closesNextDay() ? sameDay.plusDays(1) : sameDay;
	}

	/** E.g. {@code 18:00-02:00}, or {@code closed}; as the audit log shows a day. */
	String describe() {
		return (this.opensAt == null || this.closesAt == null) ? "closed" : this.opensAt + "-" + this.closesAt;
	}

}
