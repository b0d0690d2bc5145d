package com.jainshikanji.store.outlet;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import com.jainshikanji.store.outlet.OperatingHoursRequest.DayHoursRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How a week sent by a client becomes the store's hours; 24:00 closes a day, and times
 * are whole minutes.
 */
class OperatingHoursRequestTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = factory.getValidator();

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterAll
	static void close() {
		factory.close();
	}

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
	void timesWithSecondsAreRefusedNamingEachNotRounded() {
		// Rounded down, this day would read 09:00-09:00: open around the clock.
		DayHoursRequest day = day("{\"opensAt\": \"09:00:59.999\", \"closesAt\": \"09:00:30\"}");

		assertThat(violations(day)).containsExactlyInAnyOrder("opensAt must be a whole minute, e.g. 09:00",
				"closesAt must be a whole minute, e.g. 09:00");
		assertThat(violations(day("{\"opensAt\": \"09:00:00\", \"closesAt\": \"24:00:00\"}"))).isEmpty();
		assertThat(violations(day("{\"opensAt\": \"09:00\", \"closesAt\": \"21:30:00.000000001\"}")))
			.containsExactly("closesAt must be a whole minute, e.g. 09:00");
	}

	@Test
	void aDayKeepsWholeMinutesOnly() {
		LocalTime nine = LocalTime.parse("09:00");

		assertThatIllegalArgumentException().isThrownBy(() -> DayHours.open(LocalTime.parse("09:00:59.999"), nine));
		assertThatIllegalArgumentException().isThrownBy(() -> DayHours.open(nine, LocalTime.parse("09:00:30")));
		assertThat(DayHours.open(nine, nine).length()).as("equal times, said so").hasHours(24);
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

	private static List<String> violations(DayHoursRequest day) {
		return validator.validate(day)
			.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessage())
			.toList();
	}

}
