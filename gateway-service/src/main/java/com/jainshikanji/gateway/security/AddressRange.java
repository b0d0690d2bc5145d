package com.jainshikanji.gateway.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

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
		byte[] candidate = literal(address);
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
	 * The bytes of a literal address, never resolving a host name; {@code null} if it is
	 * not one.
	 */
	static byte[] literal(String text) {
		if (text == null || !text.matches("[0-9a-fA-F:.]+") || text.chars().noneMatch((c) -> c == '.' || c == ':')) {
			return null;
		}
		try {
			return InetAddress.getByName(text).getAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
