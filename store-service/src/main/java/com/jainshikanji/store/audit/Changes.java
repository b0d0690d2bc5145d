package com.jainshikanji.store.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a change altered, as the audit log records it: each field whose value differs,
 * with its value before and after, e.g. {@code {"deliveryFee": {"from": 25.00, "to":
 * 30.00}}}. Fields are named as the API names them.
 */
public final class Changes {

	private Changes() {
	}

	/**
	 * The fields that differ between two views of the same thing, in the order of
	 * {@code after}; numbers that differ only in scale (25.0 and 25.00) are equal.
	 */
	public static Map<String, Map<String, @Nullable Object>> between(Map<String, @Nullable Object> before,
			Map<String, @Nullable Object> after) {
		Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			Object previous = before.get(field);
			if (!same(previous, value)) {
				Map<String, @Nullable Object> change = new LinkedHashMap<>();
				change.put("from", previous);
				change.put("to", value);
				changes.put(field, Collections.unmodifiableMap(change));
			}
		});
		return Collections.unmodifiableMap(changes);
	}

	private static boolean same(@Nullable Object a, @Nullable Object b) {
		if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

}
