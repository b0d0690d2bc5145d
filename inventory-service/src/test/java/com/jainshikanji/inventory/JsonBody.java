package com.jainshikanji.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A request body built by a typed test-data builder: each builder names the fields of one
 * request and their types, and this base keeps what was set, in order. Serialized as the
 * JSON object it describes; {@link #without} and {@link #with} let a test send what the
 * builder's types would not allow (a missing field, a value of another type).
 *
 * @param <B> the builder itself, so calls chain
 */
abstract class JsonBody<B extends JsonBody<B>> {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	/** Sets a field to any value, bypassing the builder's types. */
	@SuppressWarnings("unchecked")
	B with(String name, Object value) {
		this.fields.put(name, value);
		return (B) this;
	}

	/** Leaves a field out. */
	@SuppressWarnings("unchecked")
	B without(String name) {
		this.fields.remove(name);
		return (B) this;
	}

	/** The JSON object, with nested bodies as plain maps and lists. */
	@JsonValue
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		this.fields.forEach((name, value) -> json.put(name, plain(value)));
		return json;
	}

	private static Object plain(Object value) {
		if (value instanceof JsonBody<?> body) {
			return body.json();
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>();
			list.forEach((item) -> items.add(plain(item)));
			return items;
		}
		return value;
	}

}
