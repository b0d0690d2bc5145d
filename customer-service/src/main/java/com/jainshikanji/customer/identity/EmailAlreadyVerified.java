package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A verification link was asked for an address that is verified already. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "email-already-verified", title = "Email already verified")
class EmailAlreadyVerified extends RuntimeException {

	EmailAlreadyVerified() {
		super("This account's email address is verified already");
	}

}
