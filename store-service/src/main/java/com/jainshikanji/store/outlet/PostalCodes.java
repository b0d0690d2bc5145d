package com.jainshikanji.store.outlet;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postal codes as stores, zones and quotes compare them. The accepted shape is the one
 * customer-service accepts for delivery addresses, so any saved address can be quoted.
 */
public final class PostalCodes {

	/** 3 to 10 letters, digits, spaces or hyphens, starting with a letter or digit. */
	public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9 -]{2,9}";

	public static final String MESSAGE = "must be 3 to 10 letters, digits, spaces or hyphens";

	/**
	 * What separates a code's groups: people write {@code 380-009}, {@code 380 009} and
	 * {@code 380009} for the same code. The V3 migration strips the same from stored
	 * codes.
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

	private PostalCodes() {
	}

	/**
	 * Upper case without spaces or hyphens, so {@code "sw1a 1aa"} matches
	 * {@code "SW1A1AA"} and {@code "380-009"} matches {@code "380 009"}.
	 */
	public static String normalize(String postalCode) {
		return SEPARATORS.matcher(postalCode).replaceAll("").toUpperCase(Locale.ROOT);
	}

}
