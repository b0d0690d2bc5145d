package com.jainshikanji.notification.channel;

/** Addresses as logs may show them: enough to recognise, not enough to contact. */
final class Masking {

	private Masking() {
	}

	static String phone(String phone) {
		return (phone.length() <= 4) ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
	}

	static String token(String token) {
		return (token.length() <= 8) ? "****" : token.substring(0, 8) + "…";
	}

}
