package com.jainshikanji.deploycheck;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte sizes as Docker and nginx write them: {@code 512k}, {@code 2m}, {@code 1g} (or
 * {@code 1gb}), in powers of 1024.
 */
final class Sizes {

	private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([bkmg]?)b?", Pattern.CASE_INSENSITIVE);

	private Sizes() {
	}

	static long bytes(String size) {
		Matcher matcher = SIZE.matcher(size.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a size: " + size);
		}
		int shift = switch (matcher.group(2).toLowerCase()) {
			case "k" -> 10;
			case "m" -> 20;
			case "g" -> 30;
			default -> 0;
		};
		return Long.parseLong(matcher.group(1)) << shift;
	}

}
