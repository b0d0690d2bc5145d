package com.jainshikanji.customer.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password we can store: 8 to 72 bytes in UTF-8, not only white space. bcrypt ignores
 * everything past 72 bytes, so a longer password is refused rather than silently
 * truncated.
 */
@Documented
@Constraint(validatedBy = ValidPassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface ValidPassword {

	int MIN_BYTES = 8;

	int MAX_BYTES = 72;

	String message() default "must be 8 to 72 bytes long in UTF-8 and not only white space";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidPassword, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			// Measured as it is hashed: in normal form C (see
			// NormalizingPasswordEncoder).
			int bytes = Normalizer.normalize(value, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8).length;
			return bytes >= MIN_BYTES && bytes <= MAX_BYTES && !value.isBlank();
		}

	}

}
