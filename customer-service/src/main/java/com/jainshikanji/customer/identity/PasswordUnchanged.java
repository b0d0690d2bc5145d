package com.jainshikanji.customer.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A password change to the password the account already has. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class PasswordUnchanged extends RuntimeException implements ProblemExtensions {

	private static final String RULE = "must differ from currentPassword";

	PasswordUnchanged() {
		super("newPassword " + RULE);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("newPassword", RULE)));
	}

}
