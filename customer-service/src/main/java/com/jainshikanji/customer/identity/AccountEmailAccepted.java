package com.jainshikanji.customer.identity;

/**
 * The answer to asking for an account email: the same whatever the outcome, so it tells
 * nobody whether an account exists.
 *
 * @param message what happens next, fit to show
 */
record AccountEmailAccepted(String message) {

	static final AccountEmailAccepted RESET = new AccountEmailAccepted(
			"If an account exists for this address, a link to choose a new password is on its way to it.");

	static final AccountEmailAccepted VERIFICATION = new AccountEmailAccepted(
			"A new verification link is on its way to your email address.");

}
