package com.jainshikanji.common.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads every JSON string of a request body, refusing text PostgreSQL would not store as
 * sent: a NUL character (U+0000) fails the INSERT with a 500, and half a UTF-16 surrogate
 * pair ({@code "\udc00"}, legal JSON escape but no character) is written as {@code ?}, so
 * the row silently differs from the request. The refusal names the field, like any other
 * malformed value.
 */
class StorableStringDeserializer extends StringDeserializer {

	static final String NUL = "must not contain NUL characters";

	static final String UNPAIRED_SURROGATE = "must not contain unpaired UTF-16 surrogates";

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String text = super.deserialize(parser, context);
		String fault = (text != null) ? faultIn(text) : null;
		if (fault != null) {
			throw new UnstorableText(parser, fault, text);
		}
		return text;
	}

	/**
	 * The rule the text breaks, or {@code null}: one pass over its characters, looking at
	 * a neighbour only where a surrogate appears (emoji, mostly).
	 */
	static @Nullable String faultIn(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return NUL;
			}
			if (Character.isSurrogate(c)) {
				if (!Character.isHighSurrogate(c) || i + 1 == text.length()
						|| !Character.isLowSurrogate(text.charAt(i + 1))) {
					return UNPAIRED_SURROGATE;
				}
				i++;
			}
		}
		return null;
	}

	/**
	 * Text that cannot be stored as sent; {@link #rule()} is what the problem says of the
	 * field.
	 */
	static final class UnstorableText extends InvalidFormatException {

		private static final long serialVersionUID = 1L;

		private final String rule;

		UnstorableText(JsonParser parser, String rule, String text) {
			super(parser, "Unstorable text: it " + rule, text, String.class);
			this.rule = rule;
		}

		String rule() {
			return this.rule;
		}

	}

}
