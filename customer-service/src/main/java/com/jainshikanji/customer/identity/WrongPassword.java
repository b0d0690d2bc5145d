package com.jainshikanji.customer.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The current password given to change it is not the account's. A 403, not a 401: the
 * access token is fine, and a client that signs its user out on 401 must not do so here.
 */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "wrong-password", title = "Wrong password")
class WrongPassword extends RuntimeException implements ProblemExtensions {

	WrongPassword() {
		super("The current password is not this account's");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("currentPassword", "must be the account's password")));
	}

}
