package com.jainshikanji.inventory.stock;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * An {@code Idempotency-Key} header that is not a key: it must be 8 to 100 letters,
 * digits, - or _, as everywhere on the platform.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class InvalidIdempotencyKey extends RuntimeException implements ProblemExtensions {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

	private static final String RULE = "must be 8 to 100 letters, digits, - or _";

	private InvalidIdempotencyKey() {
		super(HEADER + " " + RULE);
	}

	/** The key, or {@code null} when the request has none. */
	static @Nullable String check(@Nullable String key) {
		if (key != null && !KEY.matcher(key).matches()) {
			throw new InvalidIdempotencyKey();
		}
		return key;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError(HEADER, RULE)));
	}

}
