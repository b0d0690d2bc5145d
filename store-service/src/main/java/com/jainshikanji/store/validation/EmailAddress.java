package com.jainshikanji.store.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import org.jspecify.annotations.Nullable;

/**
 * An email address that fits its column as it is stored: well-formed, and at most
 * {@link #max()} characters once {@linkplain Emails#normalize(String) normalized}.
 * Lower-casing can lengthen an address ("İ" becomes "i" and a combining dot), so a bound
 * on the text as sent would let through addresses the column cannot hold. {@code null} is
 * valid; add {@code @NotBlank} where the address is required.
 */
@Documented
@Email
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	/** The most characters the column holds. */
	int max();

	String message() default "must be at most {max} characters in lower case";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Measures the address as it will be stored. */
	class Validator implements ConstraintValidator<EmailAddress, CharSequence> {

		private int max;

		@Override
		public void initialize(EmailAddress annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			return value == null || Emails.normalize(value.toString()).length() <= this.max;
		}

	}

}
