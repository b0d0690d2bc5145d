package com.jainshikanji.inventory.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A date or instant in the years 1 to 9999 (UTC): what ISO-8601 writes with four digits,
 * every client parses, and PostgreSQL stores. Java accepts years up to a billion either
 * way, which the database refuses. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = FourDigitYear.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface FourDigitYear {

	String message() default "must be between the years 1 and 9999";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link Instant} and {@link LocalDate} values. */
	class Validator implements ConstraintValidator<FourDigitYear, Temporal> {

		private static final LocalDate FIRST = LocalDate.of(1, 1, 1);

		private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

		@Override
		public boolean isValid(@Nullable Temporal value, ConstraintValidatorContext context) {
			return switch (value) {
				case null -> true;
				// Compared as instants: beyond the year 999,999,999 an Instant has no
				// date.
				case Instant instant -> !instant.isBefore(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())
						&& instant.isBefore(LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
				case LocalDate date -> !date.isBefore(FIRST) && !date.isAfter(LAST);
				default -> throw new IllegalArgumentException("Not a date: " + value.getClass());
			};
		}

	}

}
