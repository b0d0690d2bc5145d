package com.jainshikanji.customer.identity;

/** Unknown, used, revoked or expired refresh token; the client must log in again. */
public class InvalidRefreshToken extends RuntimeException {

	InvalidRefreshToken() {
		super("The refresh token is invalid or has expired; log in again");
	}

}
