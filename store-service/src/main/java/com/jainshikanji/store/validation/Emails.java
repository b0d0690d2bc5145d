package com.jainshikanji.store.validation;

import java.util.Locale;

/**
 * How an email address is stored: without surrounding spaces, in lower case. Stores and
 * staff store it so, and {@link EmailAddress} measures it so, so what is validated is
 * what is stored.
 */
public final class Emails {

	private Emails() {
	}

	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
