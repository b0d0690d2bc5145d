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
import org.jspecify.annotations.Nullable;

/**
 * Text that fits its column: at most {@link #max()} characters, and no NUL character,
 * which PostgreSQL cannot store in any text column (the insert would fail as a server
 * error). {@code null} is valid; add {@code @NotBlank} where the text is required.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** The most characters the column holds. */
	int max();

	String message() default "must be at most {max} characters, without NUL characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Names the rule that failed: the length or the NUL character. */
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
			else if (value.chars().anyMatch((c) -> c == 0)) {
				problem = "must not contain NUL characters";
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
