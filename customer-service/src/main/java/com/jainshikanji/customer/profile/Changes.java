package com.jainshikanji.customer.profile;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What differs between two values of one record type, for the audit log: {@code {"phone":
 * {"from": "+91...", "to": "+91..."}}}, unchanged components left out.
 */
final class Changes {

	private Changes() {
	}

	static <R extends Record> Map<String, Map<String, @Nullable Object>> between(R before, R after) {
		Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			Object from = value(component, before);
			Object to = value(component, after);
			if (!Objects.equals(from, to)) {
				Map<String, @Nullable Object> change = new LinkedHashMap<>();
				change.put("from", from);
				change.put("to", to);
				changes.put(component.getName(), change);
			}
		}
		return changes;
	}

	private static @Nullable Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

}
