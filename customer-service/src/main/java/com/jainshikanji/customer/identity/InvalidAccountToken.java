package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * The link's token is unknown, used, replaced by a newer one or expired; the same answer
 * for all, so the endpoint tells nothing about which tokens exist.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-account-token", title = "Invalid or expired link")
class InvalidAccountToken extends RuntimeException {

	InvalidAccountToken() {
		super("The link is invalid, was already used or has expired; ask for a new one");
	}

}
