package com.jainshikanji.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which text PostgreSQL would not store as sent. */
class StorableStringDeserializerTests {

	@Test
	void plainTextAndCompletePairsAreStorable() {
		assertThat(StorableStringDeserializer.faultIn("")).isNull();
		assertThat(StorableStringDeserializer.faultIn("nimbu pani, कम चीनी")).isNull();
		assertThat(StorableStringDeserializer.faultIn("\uD83E\uDD64\uD83E\uDD64")).isNull();
	}

	@Test
	void aNulCharacterOrAHalfPairIsNamed() {
		assertThat(StorableStringDeserializer.faultIn("a\u0000b")).isEqualTo(StorableStringDeserializer.NUL);
		for (String text : new String[] { "\uDC00abc", "abc\uD800", "\uD800\uD800", "\uDD64\uD83E",
				"\uD83E\uDD64\uD83E" }) {
			assertThat(StorableStringDeserializer.faultIn(text)).as(text)
				.isEqualTo(StorableStringDeserializer.UNPAIRED_SURROGATE);
		}
	}

}
