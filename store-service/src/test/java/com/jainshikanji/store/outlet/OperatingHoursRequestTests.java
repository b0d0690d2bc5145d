package com.jainshikanji.store.outlet;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import com.jainshikanji.store.outlet.OperatingHoursRequest.DayHoursRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How a week sent by a client becomes the store's hours; 24:00 closes a day. */
class OperatingHoursRequestTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void twentyFourHundredClosesTheDayAtMidnight() {
		DayHoursRequest allDay = day("{\"opensAt\": \"00:00\", \"closesAt\": \"24:00\"}");
		DayHoursRequest evening = day("{\"opensAt\": \"18:00\", \"closesAt\": \"24:00:00\"}");

		assertThat(allDay.toHours()).isEqualTo(DayHours.ALL_DAY);
		assertThat(allDay.toHours().length()).hasHours(24);
		assertThat(evening.toHours()).isEqualTo(DayHours.open(LocalTime.parse("18:00"), LocalTime.MIDNIGHT));
		assertThat(evening.toHours().length()).hasHours(6);
	}

	@Test
	void closingTimesAreOtherwiseReadAsUsual() {
		assertThat(day("{\"opensAt\": \"18:00\", \"closesAt\": \"02:00\"}").toHours().closesAt())
			.isEqualTo(LocalTime.parse("02:00"));
		assertThat(day("{\"closed\": true}").toHours()).isEqualTo(DayHours.CLOSED);
	}

	@Test
	void twentyFourHundredOpensNothingAndOtherNonsenseIsNoTime() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> day("{\"opensAt\": \"24:00\", \"closesAt\": \"02:00\"}"));
		for (String closesAt : new String[] { "\"25:00\"", "\"24:01\"", "\"noon\"", "1800", "true" }) {
			assertThatExceptionOfType(DatabindException.class).as(closesAt)
				.isThrownBy(() -> day("{\"opensAt\": \"18:00\", \"closesAt\": " + closesAt + "}"))
				.satisfies((ex) -> assertThat(ex.getPathReference()).contains("closesAt"));
		}
	}

	@Test
	void timesAreKeptToTheMinute() {
		DayHoursRequest day = day("{\"opensAt\": \"18:00:45\", \"closesAt\": \"02:00:59.999\"}");

		assertThat(day.toHours()).isEqualTo(DayHours.open(LocalTime.parse("18:00"), LocalTime.parse("02:00")));
	}

	@Test
	void aWeekIsEveryDayItGives() {
		DayHoursRequest open = day("{\"opensAt\": \"09:00\", \"closesAt\": \"22:00\"}");
		DayHoursRequest closed = day("{\"closed\": true}");

		WeeklyHours week = new OperatingHoursRequest(closed, open, open, open, open, open, open).toWeek();

		assertThat(week.on(DayOfWeek.MONDAY).isClosed()).isTrue();
		assertThat(week.on(DayOfWeek.SUNDAY).describe()).isEqualTo("09:00-22:00");
	}

	private DayHoursRequest day(String json) {
		return this.json.readValue(json, DayHoursRequest.class);
	}

}
