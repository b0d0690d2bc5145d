package com.jainshikanji.common.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Idempotency-Key} header of the platform's retry-safe staff and admin writes
 * (refunds, stock adjustments, sends): one rule, so that a client building keys for one
 * of them builds keys the others take, and one 400 naming the header. Order placement
 * documents a looser rule of its own (1 to 255 printable characters) that apps already
 * rely on.
 */
public final class IdempotencyKeys {

	/** The header's name, as the problem names it. */
	public static final String HEADER = "Idempotency-Key";

	/** The answer's header saying whether it repeats the first answer under the key. */
	public static final String REPLAYED = "Idempotent-Replayed";

	private static final String RULE = "must be 8 to 100 letters, digits, -, _, . or :";

	// Wide enough for UUIDs, ULIDs and "order-42:refund-1"; narrow enough to log and
	// store as it is.
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

	private IdempotencyKeys() {
	}

	/**
	 * The key of a request that must have one.
	 * @throws InvalidIdempotencyKey (400) when it is missing, blank or not a key
	 */
	public static String required(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new InvalidIdempotencyKey("is required");
		}
		return valid(key);
	}

	/**
	 * The key of a request that may have one, or {@code null} when it has none.
	 * @throws InvalidIdempotencyKey (400) when it is there but not a key
	 */
	public static @Nullable String optional(@Nullable String key) {
		return (key != null) ? valid(key) : null;
	}

	private static String valid(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new InvalidIdempotencyKey(RULE);
		}
		return key;
	}

}
