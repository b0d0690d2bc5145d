package com.jainshikanji.customer.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How an email address is kept: stripped and lower-cased, so case never matters. */
final class Emails {

	/** The {@code customers.email} and {@code login_failures.email} columns. */
	static final int MAX_LENGTH = 255;

	private Emails() {
	}

	/**
	 * Lower-casing can lengthen a string ("İ" becomes two characters), so requests
	 * normalise first and validate the normalised address against the column's length.
	 */
	static @Nullable String normalize(@Nullable String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

}
