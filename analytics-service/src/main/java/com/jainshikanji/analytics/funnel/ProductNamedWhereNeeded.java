package com.jainshikanji.analytics.funnel;

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
 * A product view or a cart addition names its product; the error names {@code productId}.
 */
@Documented
@Constraint(validatedBy = ProductNamedWhereNeeded.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ProductNamedWhereNeeded {

	String message() default "is required for product_viewed and added_to_cart";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ProductNamedWhereNeeded, ClientEventRequest> {

		@Override
		public boolean isValid(@Nullable ClientEventRequest request, ConstraintValidatorContext context) {
			if (request == null || request.type() == null || !request.type().isAboutAProduct()
					|| request.productId() != null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("productId")
				.addConstraintViolation();
			return false;
		}

	}

}
