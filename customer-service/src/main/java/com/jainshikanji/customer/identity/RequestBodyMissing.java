package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * No body and no refresh-token cookie: the same problem a missing body has always been
 * for the JSON flow.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "malformed-request", title = "Malformed request")
class RequestBodyMissing extends RuntimeException {

	RequestBodyMissing() {
		super("Request body is missing or unreadable");
	}

}
