package com.jainshikanji.customer.identity;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How an email address is kept: stripped, in Unicode's compatibility form (NFKC) and
 * lower-cased, so neither case nor a lookalike spelling ("ｃ" for "c") makes another
 * address.
 */
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
		return (email != null) ? Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
				: null;
	}

}
