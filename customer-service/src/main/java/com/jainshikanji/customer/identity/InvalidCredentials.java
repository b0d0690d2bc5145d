package com.jainshikanji.customer.identity;

/** Wrong email or password; deliberately does not say which. */
public class InvalidCredentials extends RuntimeException {

	InvalidCredentials() {
		super("Invalid email or password");
	}

}
