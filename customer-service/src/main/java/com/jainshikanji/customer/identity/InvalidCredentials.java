package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Wrong email or password; deliberately does not say which. */
@ProblemType(status = HttpStatus.UNAUTHORIZED, slug = "invalid-credentials", title = "Invalid credentials")
class InvalidCredentials extends RuntimeException {

	InvalidCredentials() {
		super("Invalid email or password");
	}

}
