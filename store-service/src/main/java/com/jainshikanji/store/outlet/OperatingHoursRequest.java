package com.jainshikanji.store.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A store's whole week; every day must be given, closed or with its hours. Times are
 * wall-clock times in the store's zone, to the minute.
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
	 * times mean open around the clock.
	 */
	@ConsistentDay
	record DayHoursRequest(Boolean closed, LocalTime opensAt, LocalTime closesAt) {

		boolean isClosed() {
			return Boolean.TRUE.equals(this.closed);
		}

		DayHours toHours() {
			return isClosed() ? DayHours.CLOSED : DayHours.open(this.opensAt.truncatedTo(ChronoUnit.MINUTES),
					this.closesAt.truncatedTo(ChronoUnit.MINUTES));
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
			public boolean isValid(DayHoursRequest day, ConstraintValidatorContext context) {
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

			private static boolean present(LocalTime time, String field, ConstraintValidatorContext context) {
				return time != null || violation("is required unless the day is closed", field, context);
			}

			private static boolean absent(LocalTime time, String field, ConstraintValidatorContext context) {
				return time == null || violation("must be left out on a closed day", field, context);
			}

			private static boolean violation(String message, String field, ConstraintValidatorContext context) {
				context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
				return false;
			}

		}

	}

}
