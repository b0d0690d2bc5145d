package com.jainshikanji.customer.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A phone number as a client may write it ({@link PhoneNumber#ACCEPTED}), or none:
 * {@code null} and blank pass, and the field is then no number at all.
 */
@Documented
@Constraint(validatedBy = ValidPhone.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPhone {

	String message() default PhoneNumber.ACCEPTED;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the number the way the request's mapping will. */
	class Validator implements ConstraintValidator<ValidPhone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return PhoneNumber.isAcceptable(value);
		}

	}

}
