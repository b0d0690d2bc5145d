package com.jainshikanji.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A list's time filter: {@code from} inclusive, {@code to} exclusive, either left out. A
 * query record implements it (its components' accessors are the methods) and carries
 * {@link InOrder}, so that a window with nothing in it, usually the two bounds swapped,
 * is refused naming {@code from} instead of answering an empty list that reads as
 * "nothing happened then".
 */
public interface TimeWindow {

	@Nullable Instant from();

	@Nullable Instant to();

	/** {@code from}, when given with {@code to}, must come before it. */
	@Documented
	@Constraint(validatedBy = InOrder.Validator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface InOrder {

		String message() default "must be before to";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** Reports on {@code from}, where the client looks for it, not on the query. */
		class Validator implements ConstraintValidator<InOrder, TimeWindow> {

			@Override
			public boolean isValid(@Nullable TimeWindow window, ConstraintValidatorContext context) {
				if (window == null || window.from() == null || window.to() == null
						|| window.from().isBefore(window.to())) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("from")
					.addConstraintViolation();
				return false;
			}

		}

	}

}
