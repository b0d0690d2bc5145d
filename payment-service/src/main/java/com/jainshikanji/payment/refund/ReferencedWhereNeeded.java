package com.jainshikanji.payment.refund;

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
 * A settlement by bank transfer names the transfer (its UTR): without it nobody can find
 * the money again. Cash needs none. The error names {@code reference}.
 */
@Documented
@Constraint(validatedBy = ReferencedWhereNeeded.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ReferencedWhereNeeded {

	String message() default "must not be blank for a BANK_TRANSFER (the transfer's UTR)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ReferencedWhereNeeded, SettlementRequest> {

		@Override
		public boolean isValid(@Nullable SettlementRequest request, ConstraintValidatorContext context) {
			if (request == null || request.method() != SettlementMethod.BANK_TRANSFER
					|| request.givenReference() != null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("reference")
				.addConstraintViolation();
			return false;
		}

	}

}
