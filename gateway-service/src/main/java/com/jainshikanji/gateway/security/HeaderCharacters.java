package com.jainshikanji.gateway.security;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The header rules of Spring Security's {@code StrictServerWebExchangeFirewall},
 * unchanged (names: assigned, no control character; values: the same, tab allowed),
 * decided without its regular expressions for the common case: the firewall checks a
 * header each time anything reads it, and a request's bearer token alone is read several
 * times on its way through the gateway. Printable ASCII passes at once; anything else is
 * decided by the firewall's own expressions.
 */
final class HeaderCharacters {

	/** The firewall's rule for header names. */
	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	/** The firewall's rule for header values. */
	private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	private HeaderCharacters() {
	}

	/** As the firewall's own rule, an absent header (null) passes. */
	static boolean isAllowedName(@Nullable String name) {
		return name == null || isPrintableAscii(name, false) || NAME.matcher(name).matches();
	}

	/** As the firewall's own rule, an absent header (null) passes. */
	static boolean isAllowedValue(@Nullable String value) {
		return value == null || isPrintableAscii(value, true) || VALUE.matcher(value).matches();
	}

	private static boolean isPrintableAscii(String text, boolean tab) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 || c > 0x7E) && !(tab && c == '\t')) {
				return false;
			}
		}
		return true;
	}

}
