package com.jainshikanji.common.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads every JSON string of a request body, refusing one with a NUL character (U+0000):
 * PostgreSQL cannot store it in any text column, so it would otherwise fail the INSERT
 * with a 500. The refusal names the field, like any other malformed value.
 */
class NulRefusingStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String text = super.deserialize(parser, context);
		if (text != null && text.indexOf('\u0000') >= 0) {
			throw InvalidFormatException.from(parser, "NUL characters cannot be stored", text, String.class);
		}
		return text;
	}

}
