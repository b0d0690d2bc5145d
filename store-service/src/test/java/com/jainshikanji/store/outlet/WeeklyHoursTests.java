package com.jainshikanji.store.outlet;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Whether a store is open, at fixed instants. 2026-11-16 is a Monday; Asia/Kolkata is
 * UTC+05:30 all year.
 */
class WeeklyHoursTests {

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void isOpenFromTheOpeningTimeUntilJustBeforeTheClosingTime() {
		WeeklyHours week = week(Map.of(DayOfWeek.MONDAY, hours("09:00", "17:00")));

		assertThat(week.isOpenAt(at("2026-11-16T03:29:59Z"), KOLKATA)).as("08:59:59").isFalse();
		assertThat(week.isOpenAt(at("2026-11-16T03:30:00Z"), KOLKATA)).as("09:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-16T11:29:59Z"), KOLKATA)).as("16:59:59").isTrue();
		assertThat(week.isOpenAt(at("2026-11-16T11:30:00Z"), KOLKATA)).as("17:00").isFalse();
	}

	@Test
	void fridayHoursPastMidnightCoverSaturdayEarlyMorning() {
		// Friday 18:00-02:00; Saturday itself is closed.
		WeeklyHours week = week(Map.of(DayOfWeek.FRIDAY, hours("18:00", "02:00")));

		assertThat(week.isOpenAt(at("2026-11-20T12:29:00Z"), KOLKATA)).as("Friday 17:59").isFalse();
		assertThat(week.isOpenAt(at("2026-11-20T17:30:00Z"), KOLKATA)).as("Friday 23:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-20T18:30:00Z"), KOLKATA)).as("Saturday 00:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-20T19:30:00Z"), KOLKATA)).as("Saturday 01:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-20T20:30:00Z"), KOLKATA)).as("Saturday 02:00").isFalse();
		assertThat(week.isOpenAt(at("2026-11-21T13:00:00Z"), KOLKATA)).as("Saturday 18:30").isFalse();
	}

	@Test
	void aClosedDayIsClosedAllDayExceptForThePreviousNightRunningIntoIt() {
		// Sunday 20:00-01:00, Monday closed.
		WeeklyHours week = week(Map.of(DayOfWeek.SUNDAY, hours("20:00", "01:00")));

		assertThat(week.isOpenAt(at("2026-11-15T19:00:00Z"), KOLKATA)).as("Monday 00:30").isTrue();
		assertThat(week.isOpenAt(at("2026-11-15T19:30:00Z"), KOLKATA)).as("Monday 01:00").isFalse();
		assertThat(week.isOpenAt(at("2026-11-16T06:30:00Z"), KOLKATA)).as("Monday 12:00").isFalse();
		assertThat(week.isOpenAt(at("2026-11-16T15:00:00Z"), KOLKATA)).as("Monday 20:30").isFalse();
	}

	@Test
	void equalOpeningAndClosingTimesMeanOpenForTwentyFourHours() {
		WeeklyHours week = week(Map.of(DayOfWeek.WEDNESDAY, hours("06:00", "06:00")));

		assertThat(week.isOpenAt(at("2026-11-18T00:30:00Z"), KOLKATA)).as("Wednesday 06:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-18T18:30:00Z"), KOLKATA)).as("Thursday 00:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-19T00:29:00Z"), KOLKATA)).as("Thursday 05:59").isTrue();
		assertThat(week.isOpenAt(at("2026-11-19T00:30:00Z"), KOLKATA)).as("Thursday 06:00").isFalse();
	}

	@Test
	void aWeekOpenAllDayEveryDayIsOpenAtEveryMomentOfTheWeek() {
		WeeklyHours week = WeeklyHours.allDayEveryDay();

		assertThat(week.isOpenAt(at("2026-11-17T21:30:00Z"), KOLKATA)).as("Wednesday 03:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-18T06:30:00Z"), KOLKATA)).as("Wednesday 12:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-18T18:29:59Z"), KOLKATA)).as("Wednesday 23:59:59").isTrue();
		assertThat(week.isOpenAt(at("2026-11-18T18:30:00Z"), KOLKATA)).as("Thursday 00:00").isTrue();
		for (int minute = 0; minute < 7 * 24 * 60; minute += 7) {
			Instant instant = at("2026-11-15T18:30:00Z").plusSeconds(minute * 60L);
			assertThat(week.isOpenAt(instant, KOLKATA)).as(instant.toString()).isTrue();
		}
	}

	@Test
	void aWholeDayIsMidnightToMidnightAndLastsTwentyFourHours() {
		assertThat(DayHours.ALL_DAY).isEqualTo(hours("00:00", "00:00"));
		assertThat(DayHours.ALL_DAY.length()).hasHours(24);
		assertThat(DayHours.ALL_DAY.closesNextDay()).isTrue();
		assertThat(DayHours.ALL_DAY.describe()).isEqualTo("00:00-00:00");
		for (DayOfWeek day : DayOfWeek.values()) {
			assertThat(WeeklyHours.allDayEveryDay().on(day)).isEqualTo(DayHours.ALL_DAY);
		}
	}

	@Test
	void aSingleWholeDayEndsAtTheNextMidnight() {
		// Only Wednesday is open, all of it.
		WeeklyHours week = week(Map.of(DayOfWeek.WEDNESDAY, DayHours.ALL_DAY));

		assertThat(week.isOpenAt(at("2026-11-17T18:29:59Z"), KOLKATA)).as("Tuesday 23:59:59").isFalse();
		assertThat(week.isOpenAt(at("2026-11-17T18:30:00Z"), KOLKATA)).as("Wednesday 00:00").isTrue();
		assertThat(week.isOpenAt(at("2026-11-18T18:29:59Z"), KOLKATA)).as("Wednesday 23:59:59").isTrue();
		assertThat(week.isOpenAt(at("2026-11-18T18:30:00Z"), KOLKATA)).as("Thursday 00:00").isFalse();
	}

	@Test
	void aWholeDayFollowsTheWallClockWhenTheClocksChange() {
		// London's Sunday 29 March 2026 has 23 hours; open all of it, closed on Monday.
		WeeklyHours week = week(Map.of(DayOfWeek.SUNDAY, DayHours.ALL_DAY));

		assertThat(week.isOpenAt(at("2026-03-29T00:00:00Z"), LONDON)).as("Sunday 00:00 GMT").isTrue();
		assertThat(week.isOpenAt(at("2026-03-29T22:59:59Z"), LONDON)).as("Sunday 23:59:59 BST").isTrue();
		assertThat(week.isOpenAt(at("2026-03-29T23:00:00Z"), LONDON)).as("Monday 00:00 BST").isFalse();
	}

	@Test
	void eachDayIsDescribedForTheAuditLog() {
		WeeklyHours week = week(Map.of(DayOfWeek.FRIDAY, hours("18:00", "02:00")));

		assertThat(week.asFields()).containsExactly(entry("monday", "closed"), entry("tuesday", "closed"),
				entry("wednesday", "closed"), entry("thursday", "closed"), entry("friday", "18:00-02:00"),
				entry("saturday", "closed"), entry("sunday", "closed"));
	}

	@Test
	void aWeekWithoutHoursIsNeverOpen() {
		WeeklyHours week = WeeklyHours.closedAllWeek();

		for (int hour = 0; hour < 24 * 7; hour += 5) {
			Instant instant = at("2026-11-16T00:00:00Z").plusSeconds(hour * 3600L);
			assertThat(week.isOpenAt(instant, KOLKATA)).as(instant.toString()).isFalse();
		}
	}

	@Test
	void theSameInstantIsReadInTheStoresOwnZone() {
		WeeklyHours week = everyDay("09:00", "17:00");
		Instant instant = at("2026-11-16T10:00:00Z");

		assertThat(week.isOpenAt(instant, KOLKATA)).as("15:30 in Kolkata").isTrue();
		assertThat(week.isOpenAt(instant, NEW_YORK)).as("05:00 in New York").isFalse();
	}

	@Test
	void hoursFollowTheWallClockAcrossADaylightSavingChange() {
		// London moves from GMT to BST on Sunday 29 March 2026.
		WeeklyHours week = everyDay("09:00", "17:00");

		assertThat(week.isOpenAt(at("2026-03-28T08:30:00Z"), LONDON)).as("Saturday 08:30 GMT").isFalse();
		assertThat(week.isOpenAt(at("2026-03-29T08:30:00Z"), LONDON)).as("Sunday 09:30 BST").isTrue();
		assertThat(week.isOpenAt(at("2026-03-28T16:30:00Z"), LONDON)).as("Saturday 16:30 GMT").isTrue();
		assertThat(week.isOpenAt(at("2026-03-29T16:30:00Z"), LONDON)).as("Sunday 17:30 BST").isFalse();
	}

	@Test
	void hoursPastMidnightSpanTheNightTheClocksGoBack() {
		// New York returns to standard time at 02:00 on Sunday 1 November 2026.
		WeeklyHours week = week(Map.of(DayOfWeek.SATURDAY, hours("20:00", "03:00")));

		assertThat(week.isOpenAt(at("2026-11-01T05:30:00Z"), NEW_YORK)).as("01:30 EDT").isTrue();
		assertThat(week.isOpenAt(at("2026-11-01T06:30:00Z"), NEW_YORK)).as("01:30 EST").isTrue();
		assertThat(week.isOpenAt(at("2026-11-01T07:30:00Z"), NEW_YORK)).as("02:30 EST").isTrue();
		assertThat(week.isOpenAt(at("2026-11-01T08:00:00Z"), NEW_YORK)).as("03:00 EST").isFalse();
	}

	@Test
	void aDayKnowsWhetherItClosesTheNextDay() {
		assertThat(hours("18:00", "02:00").closesNextDay()).isTrue();
		assertThat(hours("18:00", "02:00").length()).hasHours(8);
		assertThat(hours("00:00", "00:00").closesNextDay()).isTrue();
		assertThat(hours("00:00", "00:00").length()).hasHours(24);
		assertThat(hours("09:00", "17:30").closesNextDay()).isFalse();
		assertThat(hours("09:00", "17:30").length()).hasMinutes(8 * 60 + 30);
		assertThat(DayHours.CLOSED.closesNextDay()).isFalse();
		assertThat(DayHours.CLOSED.length()).isZero();
	}

	private static WeeklyHours everyDay(String opensAt, String closesAt) {
		Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, hours(opensAt, closesAt));
		}
		return WeeklyHours.of(days);
	}

	private static WeeklyHours week(Map<DayOfWeek, DayHours> days) {
		return WeeklyHours.of(days);
	}

	private static DayHours hours(String opensAt, String closesAt) {
		return DayHours.open(LocalTime.parse(opensAt), LocalTime.parse(closesAt));
	}

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

}
