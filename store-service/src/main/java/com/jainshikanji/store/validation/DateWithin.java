package com.jainshikanji.store.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A date, or an instant (by its date in UTC), within bounds, both inclusive, as ISO
 * dates. Java reads dates a billion years away, which no {@code DATE} column holds and no
 * time zone converts; the bounds keep them out (and keep out typing mistakes such as year
 * 20025). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = { DateWithin.Validator.class, DateWithin.InstantValidator.class })
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateWithin {

	/** The earliest date allowed, e.g. {@code 1900-01-01}. */
	String from();

	/** The latest date allowed, e.g. {@code 2999-12-31}. */
	String to();

	String message() default "must be between {from} and {to}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DateWithin, LocalDate> {

		private LocalDate from = LocalDate.MIN;

		private LocalDate to = LocalDate.MAX;

		@Override
		public void initialize(DateWithin annotation) {
			this.from = LocalDate.parse(annotation.from());
			this.to = LocalDate.parse(annotation.to());
		}

		@Override
		public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(this.from) && !value.isAfter(this.to));
		}

	}

	class InstantValidator implements ConstraintValidator<DateWithin, Instant> {

		/** Beyond these, an instant has no date a {@link LocalDate} holds. */
		private static final Instant FLOOR = Instant.parse("-10000-01-01T00:00:00Z");

		private static final Instant CEILING = Instant.parse("+10000-01-01T00:00:00Z");

		private final Validator dates = new Validator();

		@Override
		public void initialize(DateWithin annotation) {
			this.dates.initialize(annotation);
		}

		@Override
		public boolean isValid(@Nullable Instant value, ConstraintValidatorContext context) {
			return value == null || (value.isAfter(FLOOR) && value.isBefore(CEILING)
					&& this.dates.isValid(LocalDate.ofInstant(value, ZoneOffset.UTC), context));
		}

	}

}
