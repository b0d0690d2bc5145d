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
import org.jspecify.annotations.Nullable;

/**
 * Free text a person typed, such as a name or an address line: at most {@link #max()}
 * characters (its column's bound) and no control characters. Such text ends up in emails
 * (a name is in the welcome email's subject), on receipts and in other services' logs,
 * where a line break or a NUL (which PostgreSQL cannot store at all) would let it forge a
 * header or a line. {@code null} is valid; add {@code @NotBlank} where the text is
 * required.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** The most characters the column holds. */
	int max();

	String message() default "must be at most {max} characters, without control characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Names the rule that failed: the length or the control character. */
	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		private int max;

		@Override
		public void initialize(PlainText annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String problem = null;
			// UTF-16 units are never fewer than the characters PostgreSQL counts.
			if (value.length() > this.max) {
				problem = "must be at most " + this.max + " characters";
			}
			else if (value.chars().anyMatch(Character::isISOControl)) {
				problem = "must not contain control characters (such as line breaks or tabs)";
			}
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}

	}

}
