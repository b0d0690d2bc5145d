package com.jainshikanji.store.outlet;

import java.time.LocalTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

/**
 * A store's week as it is set, with whether it is open right now.
 *
 * @param timeZone the zone the times are in
 * @param openNow whether the store is open at this moment: active, and its hours cover it
 */
record OperatingHoursResponse(UUID storeId, String timeZone, boolean openNow, DayHoursResponse monday,
		DayHoursResponse tuesday, DayHoursResponse wednesday, DayHoursResponse thursday, DayHoursResponse friday,
		DayHoursResponse saturday, DayHoursResponse sunday) {

	/**
	 * One day.
	 *
	 * @param closesNextDay whether {@code closesAt} is on the following day; a day open
	 * around the clock reads 00:00 to 00:00 and closes the next day
	 */
	record DayHoursResponse(boolean closed, @JsonFormat(pattern = "HH:mm") @Nullable LocalTime opensAt,
			@JsonFormat(pattern = "HH:mm") @Nullable LocalTime closesAt, boolean closesNextDay) {

		static DayHoursResponse of(DayHours hours) {
			return new DayHoursResponse(hours.isClosed(), hours.opensAt(), hours.closesAt(), hours.closesNextDay());
		}

	}

}
