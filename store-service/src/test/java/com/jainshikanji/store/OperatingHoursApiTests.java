package com.jainshikanji.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.store.Requests.Day;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Api.object;
import static com.jainshikanji.store.Requests.alwaysOpen;
import static com.jainshikanji.store.Requests.everyDay;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A store's week over HTTP: public to read, set by an admin or its manager. */
@StoreServiceTest
class OperatingHoursApiTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID storeId;

	String hours;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
		this.hours = STORES + "/" + this.storeId + "/operating-hours";
	}

	@Test
	void theWholeWeekIsSetWithClosedDaysAndHoursPastMidnight() {
		Requests.Week week = everyDay("09:00", "22:00").closed(Day.MONDAY)
			.open(Day.FRIDAY, "18:00", "02:00")
			.open(Day.SATURDAY, "18:00:00", "02:00")
			.build();

		Map<String, Object> set = map(this.api.put(this.hours, admin(), week).expectStatus().isOk());
		Map<String, Object> read = map(this.api.get(this.hours, null).expectStatus().isOk());

		assertThat(read).isEqualTo(set);
		assertThat(read.get("timeZone")).isEqualTo("Asia/Kolkata");
		assertThat(object(read.get("monday"))).containsEntry("closed", true)
			.containsEntry("opensAt", null)
			.containsEntry("closesAt", null);
		assertThat(object(read.get("tuesday"))).containsEntry("closed", false)
			.containsEntry("opensAt", "09:00")
			.containsEntry("closesAt", "22:00")
			.containsEntry("closesNextDay", false);
		assertThat(object(read.get("friday"))).containsEntry("opensAt", "18:00")
			.containsEntry("closesAt", "02:00")
			.containsEntry("closesNextDay", true);
		assertThat(object(read.get("saturday"))).containsEntry("opensAt", "18:00");
	}

	@Test
	void aDayMayCloseAtTwentyFourHundredWhichIsMidnightAtItsEnd() {
		// The evening-only day is three days away, so that the store is open now
		// whenever the test runs.
		Day evening = Day.values()[(LocalDate.now(ZoneId.of("Asia/Kolkata")).getDayOfWeek().ordinal() + 3) % 7];
		Day allDay = Day.values()[(evening.ordinal() + 1) % 7];
		Requests.Week week = everyDay("00:00", "24:00").open(evening, "18:00", "24:00").build();

		Map<String, Object> set = map(this.api.put(this.hours, admin(), week).expectStatus().isOk());

		assertThat(object(set.get(name(allDay)))).containsEntry("opensAt", "00:00")
			.containsEntry("closesAt", "00:00")
			.containsEntry("closesNextDay", true);
		assertThat(object(set.get(name(evening)))).containsEntry("opensAt", "18:00").containsEntry("closesAt", "00:00");
		assertThat(set.get("openNow")).isEqualTo(true);
	}

	@Test
	void twentyFourHundredOpensNoDay() {
		Requests.Week week = alwaysOpen().open(Day.FRIDAY, "24:00", "02:00").build();

		assertThat(problem(this.api.put(this.hours, admin(), week), 400).fields()).containsExactly("friday.opensAt");
	}

	@Test
	void aNewStoreIsClosedAllWeek() {
		Map<String, Object> read = map(this.api.get(this.hours, null).expectStatus().isOk());

		assertThat(read.get("openNow")).isEqualTo(false);
		assertThat(object(read.get("wednesday"))).containsEntry("closed", true);
	}

	@Test
	void openNowFollowsTheHoursOnTheStoreAndItsWeek() {
		this.api.setHours(this.storeId, alwaysOpen());
		assertThat(map(this.api.get(this.hours, null)).get("openNow")).isEqualTo(true);
		assertThat(map(this.api.get(STORES + "/" + this.storeId, null)).get("openNow")).isEqualTo(true);

		this.api.setHours(this.storeId, Requests.closedAllWeek());
		assertThat(map(this.api.get(this.hours, null)).get("openNow")).isEqualTo(false);
		assertThat(map(this.api.get(STORES + "/" + this.storeId, null)).get("openNow")).isEqualTo(false);
	}

	@Test
	void aWeekMissingADayIsRefusedNamingTheDay() {
		Requests.Week week = alwaysOpen().without(Day.SUNDAY).build();

		Problem problem = problem(this.api.put(this.hours, admin(), week), 400);

		assertThat(problem.fields()).containsExactly("sunday");
	}

	@Test
	void anOpenDayNeedsBothTimesAndAClosedDayNone() {
		Requests.Week week = alwaysOpen().day(Day.FRIDAY, new Requests.DayHours(null, "18:00", null))
			.day(Day.MONDAY, new Requests.DayHours(true, "09:00", null))
			.build();

		Problem problem = problem(this.api.put(this.hours, admin(), week), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("friday.closesAt", "monday.opensAt");
		assertThat(problem.detail()).contains("friday.closesAt is required unless the day is closed");
	}

	@Test
	void aTimeThatIsNoTimeIsRefusedNamingTheField() {
		Requests.Week week = alwaysOpen().open(Day.FRIDAY, "25:00", "02:00").build();

		Problem problem = problem(this.api.put(this.hours, admin(), week), 400);

		assertThat(problem.fields()).containsExactly("friday.opensAt");
	}

	@Test
	void aTimeWithSecondsIsRefusedNamingTheFieldRatherThanRounded() {
		this.api.setHours(this.storeId, everyDay("09:00", "09:30"));
		// Rounded down to 09:00-09:00, Friday would be open around the clock.
		Requests.Week week = everyDay("09:00", "09:30").open(Day.FRIDAY, "09:00:59.999", "09:00:30")
			.open(Day.SUNDAY, "10:00", "18:00:01")
			.build();

		Problem problem = problem(this.api.put(this.hours, admin(), week), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("friday.opensAt", "friday.closesAt", "sunday.closesAt");
		assertThat(problem.detail()).contains("friday.opensAt must be a whole minute, e.g. 09:00");
		assertThat(object(map(this.api.get(this.hours, null)).get("friday"))).containsEntry("opensAt", "09:00")
			.containsEntry("closesAt", "09:30");
	}

	@Test
	void hoursOfAnUnknownStoreAreNotFound() {
		String unknown = STORES + "/" + UUID.randomUUID() + "/operating-hours";
		assertThat(problem(this.api.get(unknown, null), 404).typeSlug()).isEqualTo("store-not-found");
		assertThat(problem(this.api.put(unknown, admin(), alwaysOpen().build()), 404).typeSlug())
			.isEqualTo("store-not-found");
	}

	private static String name(Day day) {
		return day.name().toLowerCase(Locale.ROOT);
	}

}
