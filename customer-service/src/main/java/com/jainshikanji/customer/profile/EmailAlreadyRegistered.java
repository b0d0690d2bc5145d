package com.jainshikanji.customer.profile;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.CONFLICT, slug = "email-already-registered", title = "Email already registered")
class EmailAlreadyRegistered extends RuntimeException {

	EmailAlreadyRegistered() {
		super("An account with this email already exists");
	}

}
