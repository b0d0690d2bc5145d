package com.jainshikanji.store.outlet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A store's whole week; every day must be given, closed or with its hours. Times are
 * wall-clock times in the store's zone, in whole minutes: one with seconds is refused
 * rather than rounded, as rounding can turn a short day into one open around the clock.
 */
record OperatingHoursRequest(@NotNull @Valid DayHoursRequest monday, @NotNull @Valid DayHoursRequest tuesday,
		@NotNull @Valid DayHoursRequest wednesday, @NotNull @Valid DayHoursRequest thursday,
		@NotNull @Valid DayHoursRequest friday, @NotNull @Valid DayHoursRequest saturday,
		@NotNull @Valid DayHoursRequest sunday) {

	WeeklyHours toWeek() {
		Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
		days.put(DayOfWeek.MONDAY, this.monday.toHours());
		days.put(DayOfWeek.TUESDAY, this.tuesday.toHours());
		days.put(DayOfWeek.WEDNESDAY, this.wednesday.toHours());
		days.put(DayOfWeek.THURSDAY, this.thursday.toHours());
		days.put(DayOfWeek.FRIDAY, this.friday.toHours());
		days.put(DayOfWeek.SATURDAY, this.saturday.toHours());
		days.put(DayOfWeek.SUNDAY, this.sunday.toHours());
		return WeeklyHours.of(days);
	}

	/**
	 * One day: {@code {"closed": true}}, or {@code {"opensAt": "18:00", "closesAt":
	 * "02:00"}}. A closing time not after the opening time is on the next day; equal
	 * times mean open around the clock, so {@code 00:00}–{@code 00:00} is the whole day.
	 * {@code "24:00"} may close a day: it is midnight at the day's end, so
	 * {@code 00:00}–{@code 24:00} is the whole day too. Times are whole minutes
	 * ({@code "09:00"}); seconds are refused.
	 */
	@ConsistentDay
	record DayHoursRequest(@Nullable Boolean closed, @WholeMinute @Nullable LocalTime opensAt,
			@WholeMinute @JsonDeserialize(using = ClosingTime.class) @Nullable LocalTime closesAt) {

		boolean isClosed() {
			return Boolean.TRUE.equals(this.closed);
		}

		DayHours toHours() {
			if (isClosed() || this.opensAt == null || this.closesAt == null) {
				return DayHours.CLOSED;
			}
			return DayHours.open(this.opensAt, this.closesAt);
		}

	}

	/**
	 * Reads a closing time, {@code 24:00} included (as midnight); anything else that is
	 * no time is refused naming the field, as for every other time.
	 */
	static final class ClosingTime extends ValueDeserializer<LocalTime> {

		private static final Set<String> END_OF_DAY = Set.of("24:00", "24:00:00");

		@Override
		public LocalTime deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalTime) context.handleUnexpectedToken(LocalTime.class, parser);
			}
			String text = parser.getString().strip();
			if (END_OF_DAY.contains(text)) {
				return LocalTime.MIDNIGHT;
			}
			try {
				return LocalTime.parse(text);
			}
			catch (DateTimeParseException ex) {
				return (LocalTime) context.handleWeirdStringValue(LocalTime.class, text, "not a time");
			}
		}

	}

	/**
	 * A time without seconds or fractions of one; {@code null} passes (whether a time is
	 * needed is {@link ConsistentDay}'s to say).
	 */
	@Documented
	@Constraint(validatedBy = WholeMinute.Validator.class)
	@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	@interface WholeMinute {

		String message() default "must be a whole minute, e.g. 09:00";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<WholeMinute, LocalTime> {

			@Override
			public boolean isValid(@Nullable LocalTime time, ConstraintValidatorContext context) {
				return DayHours.isWholeMinute(time);
			}

		}

	}

	/**
	 * An open day has both times, a closed day neither; the error names the time at
	 * fault.
	 */
	@Documented
	@Constraint(validatedBy = ConsistentDay.Validator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface ConsistentDay {

		String message() default "is inconsistent";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<ConsistentDay, DayHoursRequest> {

			@Override
			public boolean isValid(@Nullable DayHoursRequest day, ConstraintValidatorContext context) {
				if (day == null) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				boolean valid = true;
				if (day.isClosed()) {
					valid &= absent(day.opensAt(), "opensAt", context);
					valid &= absent(day.closesAt(), "closesAt", context);
				}
				else {
					valid &= present(day.opensAt(), "opensAt", context);
					valid &= present(day.closesAt(), "closesAt", context);
				}
				return valid;
			}

			private static boolean present(@Nullable LocalTime time, String field, ConstraintValidatorContext context) {
				return time != null || violation("is required unless the day is closed", field, context);
			}

			private static boolean absent(@Nullable LocalTime time, String field, ConstraintValidatorContext context) {
				return time == null || violation("must be left out on a closed day", field, context);
			}

			private static boolean violation(String message, String field, ConstraintValidatorContext context) {
				context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
				return false;
			}

		}

	}

}
