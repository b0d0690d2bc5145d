package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Unknown, used, revoked or expired refresh token; the client must log in again. */
@ProblemType(status = HttpStatus.UNAUTHORIZED, slug = "invalid-refresh-token", title = "Invalid refresh token")
class InvalidRefreshToken extends RuntimeException {

	InvalidRefreshToken() {
		super("The refresh token is invalid or has expired; log in again");
	}

}
