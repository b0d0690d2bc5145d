package com.jainshikanji.notification.template;

/**
 * The GSM 7-bit default alphabet of 3GPP TS 23.038, with its extension table: an SMS
 * whose every character is in it goes at 160 characters a segment (153 when
 * concatenated); one other character, even a single "…", sends the whole message as
 * UCS-2, at 70 (67).
 */
final class Gsm7 {

	/** The default alphabet, without the escape to the extension table. */
	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	/** Reached through the escape, so each takes two septets of a segment. */
	private static final String EXTENSION = "\f^{}\\[~]|€";

	private Gsm7() {
	}

	/** Whether an SMS of this text goes in the 7-bit alphabet. */
	static boolean encodes(String text) {
		return text.chars().allMatch((c) -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
	}

}
