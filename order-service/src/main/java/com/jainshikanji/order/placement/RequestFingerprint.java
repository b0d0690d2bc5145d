package com.jainshikanji.order.placement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes two placement requests "the same" for their Idempotency-Key: the parsed
 * request written out again in a fixed form (members in alphabetical order, instants in
 * UTC), hashed. Whitespace, member order and equivalent spellings of a time do not
 * matter; any difference in content does.
 */
final class RequestFingerprint {

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private RequestFingerprint() {
	}

	/** The SHA-256 of the canonical form, in hex. */
	static String of(Object request) {
		try {
			byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
