package com.jainshikanji.systemtests;

import tools.jackson.databind.JsonNode;

/** JSON in and out, as the services read and write it (Jackson 3). */
public final class Json {

	private Json() {
	}

	public static JsonNode parse(String text) {
		return Gateway.json.readTree(text);
	}

	/** A String as it is (already JSON), anything else written as JSON. */
	public static String write(Object value) {
		return (value instanceof String text) ? text : Gateway.json.writeValueAsString(value);
	}

}
