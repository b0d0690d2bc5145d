package com.jainshikanji.customer.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A date no earlier than the given one (ISO-8601). Bounds dates the database could not
 * store (PostgreSQL's dates begin in 4713 BC) and dates no real value can have.
 */
@Documented
@Constraint(validatedBy = OnOrAfter.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface OnOrAfter {

	/** The earliest allowed date, e.g. {@code 1900-01-01}. */
	String value();

	String message() default "must be on or after {value}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OnOrAfter, LocalDate> {

		private LocalDate earliest = LocalDate.MIN;

		@Override
		public void initialize(OnOrAfter annotation) {
			this.earliest = LocalDate.parse(annotation.value());
		}

		@Override
		public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(this.earliest);
		}

	}

}
