package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A service asked for a token with an unknown client id or a wrong secret. */
@ProblemType(status = HttpStatus.UNAUTHORIZED, slug = "invalid-client-credentials",
		title = "Invalid client credentials")
class InvalidClientCredentials extends RuntimeException {

	InvalidClientCredentials() {
		super("Unknown client or wrong secret");
	}

}
