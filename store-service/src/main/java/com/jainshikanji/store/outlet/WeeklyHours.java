package com.jainshikanji.store.outlet;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A store's opening hours for each weekday; a day without hours is closed. Whether the
 * store is open is a pure function of an instant and the store's zone, so it can be
 * checked with fixed instants.
 */
final class WeeklyHours {

	private final Map<DayOfWeek, DayHours> days;

	private WeeklyHours(Map<DayOfWeek, DayHours> days) {
		EnumMap<DayOfWeek, DayHours> copy = new EnumMap<>(DayOfWeek.class);
		copy.putAll(days);
		this.days = Collections.unmodifiableMap(copy);
	}

	static WeeklyHours of(Map<DayOfWeek, DayHours> days) {
		return new WeeklyHours(days);
	}

	static WeeklyHours closedAllWeek() {
		return new WeeklyHours(Map.of());
	}

	/** Open around the clock: every day from midnight to midnight. */
	static WeeklyHours allDayEveryDay() {
		Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, DayHours.ALL_DAY);
		}
		return new WeeklyHours(days);
	}

	DayHours on(DayOfWeek day) {
		return this.days.getOrDefault(day, DayHours.CLOSED);
	}

	/**
	 * Whether the store is open at the instant, reading its hours as wall-clock times in
	 * the zone. Hours past midnight count for the next calendar day: with Friday
	 * 18:00–02:00, Saturday 01:00 is open even if Saturday itself is closed. On days when
	 * the zone's clocks change, the hours still follow the wall clock.
	 */
	boolean isOpenAt(Instant instant, ZoneId zone) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
		LocalDate today = local.toLocalDate();
		return covers(today, local) || covers(today.minusDays(1), local);
	}

	/** Each day described (see {@link DayHours#describe()}), Monday first. */
	Map<String, @Nullable Object> asFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			fields.put(day.name().toLowerCase(Locale.ROOT), on(day).describe());
		}
		return fields;
	}

	private boolean covers(LocalDate openingDate, LocalDateTime local) {
		DayHours hours = on(openingDate.getDayOfWeek());
		LocalTime opensAt = hours.opensAt();
		if (opensAt == null) {
			return false;
		}
		LocalDateTime opens = openingDate.atTime(opensAt);
		LocalDateTime closes = opens.plus(hours.length());
		return !local.isBefore(opens) && local.isBefore(closes);
	}

}
