package com.jainshikanji.customer.profile;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How a phone number written by a client is read, and the one form it is kept in. */
class PhoneNumberTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			9800000003              | +919800000003
			09800000003             | +919800000003
			919800000003            | +919800000003
			+919800000003           | +919800000003
			0091 98000 00003        | +919800000003
			 +91 (98000) 00003      | +919800000003
			098000-00003            | +919800000003
			98000.00003             | +919800000003
			+91 98000\u00a000003    | +919800000003
			+91\u201198000\u201100003 | +919800000003
			9198000000              | +919198000000
			+44 20 7946 0958        | +442079460958
			+1 (415) 555-0123       | +14155550123
			+6834002                | +6834002
			+12345678901234         | +12345678901234
			""")
	void everyAcceptedSpellingIsReadAsOneNumber(String written, String e164) {
		assertThat(PhoneNumber.parse(written)).contains(new PhoneNumber(e164));
		assertThat(PhoneNumber.ofNullable(written)).hasToString(e164);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "98000", "980000000", "0980000000", "0000000000", "00980000003", "12345678901",
			"44 20 7946 0958", "0012025550123", "919800000003 1", "+91 980000000", "+91 09800000003", "+9109800000003",
			"+0 20 7946 0958", "+123456", "+1234567890123456", "+", "++919800000003", "98000+00003", "98000 0000three",
			"\u0969\u096e\u0966\u0966\u0966\u0966\u0966\u0966\u0966\u0969", "98000/00003" })
	void aNumberWrittenInNoAcceptedWayIsNone(String written) {
		assertThat(PhoneNumber.parse(written)).isEmpty();
		assertThat(PhoneNumber.isAcceptable(written)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.ofNullable(written))
			.withMessageContaining("10-digit Indian number");
	}

	@Test
	void noNumberIsAcceptableAsNone() {
		for (String none : new String[] { null, "", "   " }) {
			assertThat(PhoneNumber.isAcceptable(none)).isTrue();
			assertThat(PhoneNumber.ofNullable(none)).isNull();
		}
	}

	@Test
	void onlyTheE164FormIsAPhoneNumber() {
		for (String other : List.of("919800000003", "+91 9800000003", "+910800000003", "+0800000003")) {
			assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber(other));
		}
	}

}
