package com.jainshikanji.customer.config;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizingPasswordEncoderTest {

	private static final String COMPOSED = "na\u00efve caf\u00e9";

	private static final String COMBINING = "nai\u0308ve cafe\u0301";

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final PasswordEncoder encoder = new NormalizingPasswordEncoder(this.bcrypt);

	@Test
	void aPasswordSetInEitherFormIsCheckedInEitherForm() {
		String fromComposed = this.encoder.encode(COMPOSED);
		String fromCombining = this.encoder.encode(COMBINING);

		assertThat(this.encoder.matches(COMBINING, fromComposed)).isTrue();
		assertThat(this.encoder.matches(COMPOSED, fromComposed)).isTrue();
		assertThat(this.encoder.matches(COMPOSED, fromCombining)).isTrue();
		// What is hashed is the composed form.
		assertThat(this.bcrypt.matches(COMPOSED, fromCombining)).isTrue();
	}

	@Test
	void aHashStoredBeforeNormalisationStillAcceptsThePasswordAsItWasTyped() {
		String legacy = this.bcrypt.encode(COMBINING);

		assertThat(this.encoder.matches(COMBINING, legacy)).isTrue();
		assertThat(this.encoder.matches("naive cafe", legacy)).isFalse();
	}

	@Test
	void anotherPasswordDoesNotMatch() {
		String hash = this.encoder.encode(COMPOSED);

		assertThat(this.encoder.matches("naive cafe", hash)).isFalse();
		assertThat(this.encoder.matches(COMPOSED + " ", hash)).isFalse();
	}

}
