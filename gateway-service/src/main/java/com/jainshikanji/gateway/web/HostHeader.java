package com.jainshikanji.gateway.web;

import java.net.Inet6Address;

import org.jspecify.annotations.Nullable;

/**
 * A {@code Host} header the services behind the gateway accept, which the gateway passes
 * on to them as it is: a domain name (labels of letters, digits and inner hyphens,
 * separated by single dots, a final dot allowed), an IPv4 address or a bracketed IPv6
 * address, and an optional port of 1 to 5 digits up to 65535. That is Tomcat's rule, a
 * little stricter (no empty port, no port past 65535); Tomcat answers any other value
 * with its HTML error page, and a missing one failed the call inside the gateway.
 */
final class HostHeader {

	private HostHeader() {
	}

	static boolean isValid(@Nullable String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		int end = (host.charAt(0) == '[') ? endOfIpv6(host) : endOfName(host);
		if (end < 0) {
			return false;
		}
		return end == host.length() || (host.charAt(end) == ':' && isPort(host, end + 1));
	}

	/** Where a domain name or IPv4 address ends, -1 if it is not one. */
	private static int endOfName(String host) {
		int labelStart = 0;
		int i = 0;
		for (; i < host.length() && host.charAt(i) != ':'; i++) {
			char c = host.charAt(i);
			if (c == '.') {
				if (i == labelStart || host.charAt(i - 1) == '-') {
					return -1;
				}
				labelStart = i + 1;
			}
			else if (c == '-') {
				if (i == labelStart) {
					return -1;
				}
			}
			else if (!isLetterOrDigit(c)) {
				return -1;
			}
		}
		if (i == 0 || host.charAt(i - 1) == '-') {
			return -1;
		}
		return i;
	}

	/** Where a bracketed IPv6 address ends, -1 if it is not one. */
	private static int endOfIpv6(String host) {
		int close = host.indexOf(']');
		if (close < 3) {
			return -1;
		}
		for (int i = 1; i < close; i++) {
			char c = host.charAt(i);
			if (!(isHexDigit(c) || c == ':' || c == '.')) {
				return -1;
			}
		}
		try {
			Inet6Address.ofLiteral(host.substring(1, close));
			return close + 1;
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	private static boolean isPort(String host, int start) {
		int digits = host.length() - start;
		if (digits < 1 || digits > 5) {
			return false;
		}
		int port = 0;
		for (int i = start; i < host.length(); i++) {
			char c = host.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			port = port * 10 + (c - '0');
		}
		return port <= 65535;
	}

	private static boolean isLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static boolean isHexDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
