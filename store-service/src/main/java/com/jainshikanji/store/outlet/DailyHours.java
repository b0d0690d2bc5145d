package com.jainshikanji.store.outlet;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One row of {@code store_operating_hours}: a weekday's {@link DayHours}. */
@Embeddable
class DailyHours {

	@Enumerated(EnumType.STRING)
	@Column(name = "day_of_week")
	private DayOfWeek day;

	@Column(name = "is_open")
	private boolean open;

	private @Nullable LocalTime openTime;

	private @Nullable LocalTime closeTime;

	protected DailyHours() {
	}

	DailyHours(DayOfWeek day, DayHours hours) {
		this.day = day;
		this.open = !hours.isClosed();
		this.openTime = hours.opensAt();
		this.closeTime = hours.closesAt();
	}

	DayOfWeek day() {
		return this.day;
	}

	DayHours hours() {
		return this.open ? new DayHours(this.openTime, this.closeTime) : DayHours.CLOSED;
	}

}
