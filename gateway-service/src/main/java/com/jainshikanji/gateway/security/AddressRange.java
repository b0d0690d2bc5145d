package com.jainshikanji.gateway.security;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}), or a single
 * address.
 */
final class AddressRange {

	private final byte[] network;

	private final int prefixLength;

	private AddressRange(byte[] network, int prefixLength) {
		this.network = network;
		this.prefixLength = prefixLength;
	}

	static AddressRange parse(String cidr) {
		String[] parts = cidr.strip().split("/", 2);
		byte[] address = literal(parts[0]);
		if (address == null) {
			throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
		}
		int prefix = (parts.length == 2) ? Integer.parseInt(parts[1]) : address.length * 8;
		if (prefix < 0 || prefix > address.length * 8) {
			throw new IllegalArgumentException("Bad prefix length in " + cidr);
		}
		return new AddressRange(address, prefix);
	}

	boolean contains(String address) {
		return contains(literal(address));
	}

	boolean contains(byte[] candidate) {
		if (candidate == null || candidate.length != this.network.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (candidate[i] != this.network[i]) {
				return false;
			}
		}
		int remainingBits = this.prefixLength % 8;
		if (remainingBits == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainingBits)) & 0xFF;
		return (candidate[fullBytes] & mask) == (this.network[fullBytes] & mask);
	}

	/**
	 * The bytes of a literal address, or {@code null} if the text is not one. A pure
	 * function of the text: it never asks a resolver (so a hop like {@code cafe.babe}
	 * cannot make the event loop wait for DNS), and it accepts only the strict forms a
	 * proxy writes: an IPv4 dotted quad of four decimal numbers without leading zeros, or
	 * an IPv6 address (with {@code ::} and an optional trailing dotted quad, no zone id,
	 * no brackets). An IPv4-mapped IPv6 address yields its four IPv4 bytes, as the JDK's
	 * own parser does.
	 */
	static byte[] literal(String text) {
		if (text == null || text.isEmpty() || text.length() > 45) {
			return null;
		}
		if (text.indexOf(':') < 0) {
			byte[] ipv4 = new byte[4];
			return parseIpv4(text, 0, text.length(), ipv4, 0) ? ipv4 : null;
		}
		byte[] ipv6 = parseIpv6(text);
		if (ipv6 == null) {
			return null;
		}
		return isIpv4Mapped(ipv6) ? new byte[] { ipv6[12], ipv6[13], ipv6[14], ipv6[15] } : ipv6;
	}

	/** Parses a dotted quad in {@code text[from, to)} into {@code into[at..at+3]}. */
	private static boolean parseIpv4(String text, int from, int to, byte[] into, int at) {
		int part = 0;
		int value = 0;
		int digits = 0;
		for (int i = from; i <= to; i++) {
			char c = (i < to) ? text.charAt(i) : '.';
			if (c >= '0' && c <= '9') {
				if (digits > 0 && value == 0) {
					// A leading zero: octal to some parsers, decimal to others.
					return false;
				}
				value = value * 10 + (c - '0');
				if (++digits > 3 || value > 255) {
					return false;
				}
			}
			else if (c == '.') {
				if (digits == 0 || part == 4) {
					return false;
				}
				into[at + part++] = (byte) value;
				value = 0;
				digits = 0;
			}
			else {
				return false;
			}
		}
		return part == 4;
	}

	private static byte[] parseIpv6(String text) {
		byte[] bytes = new byte[16];
		int length = text.length();
		int groups = 0;
		int gap = -1;
		int i = 0;
		if (text.startsWith("::")) {
			gap = 0;
			i = 2;
			if (length == 2) {
				return bytes;
			}
		}
		else if (text.charAt(0) == ':') {
			return null;
		}
		while (i < length) {
			int start = i;
			int value = 0;
			while (i < length && i - start < 5) {
				int digit = hexDigit(text.charAt(i));
				if (digit < 0) {
					break;
				}
				value = (value << 4) | digit;
				i++;
			}
			if (i < length && text.charAt(i) == '.') {
				// A trailing dotted quad takes the last two groups.
				if (groups > 6 || !parseIpv4(text, start, length, bytes, groups * 2)) {
					return null;
				}
				groups += 2;
				i = length;
				break;
			}
			if (i == start || i - start > 4 || groups == 8) {
				return null;
			}
			bytes[groups * 2] = (byte) (value >>> 8);
			bytes[groups * 2 + 1] = (byte) value;
			groups++;
			if (i == length) {
				break;
			}
			if (text.charAt(i) != ':') {
				return null;
			}
			i++;
			if (i < length && text.charAt(i) == ':') {
				if (gap >= 0) {
					return null;
				}
				gap = groups;
				i++;
			}
			else if (i == length) {
				// A single trailing colon.
				return null;
			}
		}
		if (gap < 0) {
			return (groups == 8) ? bytes : null;
		}
		if (groups == 8) {
			// "::" must stand for at least one group.
			return null;
		}
		int shift = 8 - groups;
		for (int g = groups - 1; g >= gap; g--) {
			bytes[(g + shift) * 2] = bytes[g * 2];
			bytes[(g + shift) * 2 + 1] = bytes[g * 2 + 1];
			bytes[g * 2] = 0;
			bytes[g * 2 + 1] = 0;
		}
		return bytes;
	}

	/** ASCII hex only: {@code Character.digit} would take other scripts' digits too. */
	private static int hexDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}

	private static boolean isIpv4Mapped(byte[] ipv6) {
		for (int i = 0; i < 10; i++) {
			if (ipv6[i] != 0) {
				return false;
			}
		}
		return ipv6[10] == (byte) 0xFF && ipv6[11] == (byte) 0xFF;
	}

}
