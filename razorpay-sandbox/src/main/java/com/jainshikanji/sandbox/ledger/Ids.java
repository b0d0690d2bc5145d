package com.jainshikanji.sandbox.ledger;

import java.security.SecureRandom;

/** Ids shaped like Razorpay's: a prefix and fourteen letters and digits. */
final class Ids {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom random = new SecureRandom();

	private Ids() {
	}

	static String next(String prefix) {
		StringBuilder id = new StringBuilder(prefix);
		for (int i = 0; i < 14; i++) {
			id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
