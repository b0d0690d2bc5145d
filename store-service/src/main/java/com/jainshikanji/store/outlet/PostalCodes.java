package com.jainshikanji.store.outlet;

import java.util.Locale;

/**
 * Postal codes as stores, zones and quotes compare them. The accepted shape is the one
 * customer-service accepts for delivery addresses, so any saved address can be quoted.
 */
public final class PostalCodes {

	/** 3 to 10 letters, digits, spaces or hyphens, starting with a letter or digit. */
	public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9 -]{2,9}";

	public static final String MESSAGE = "must be 3 to 10 letters, digits, spaces or hyphens";

	private PostalCodes() {
	}

	/** Upper case without spaces, so {@code "sw1a 1aa"} matches {@code "SW1A1AA"}. */
	public static String normalize(String postalCode) {
		return postalCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

}
