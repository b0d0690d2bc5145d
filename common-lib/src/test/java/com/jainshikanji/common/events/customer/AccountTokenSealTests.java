package com.jainshikanji.common.events.customer;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTokenSealTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_KEY = Base64.getEncoder()
		.encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private final AccountTokenSeal seal = AccountTokenSeal.of(KEY);

	private final UUID customer = UUID.randomUUID();

	@Test
	void opensWhatItSealedForTheSameCustomer() {
		String sealed = this.seal.seal("the-token", this.customer);

		assertThat(sealed).startsWith("v1.").doesNotContain("the-token");
		assertThat(this.seal.open(sealed, this.customer)).isEqualTo("the-token");
	}

	@Test
	void sealsTheSameTokenDifferentlyEachTime() {
		assertThat(this.seal.seal("the-token", this.customer)).isNotEqualTo(this.seal.seal("the-token", this.customer));
	}

	@Test
	void refusesATokenSealedForAnotherCustomer() {
		String sealed = this.seal.seal("the-token", this.customer);

		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(sealed, UUID.randomUUID()));
	}

	@Test
	void refusesATokenSealedWithAnotherKey() {
		String sealed = AccountTokenSeal.of(OTHER_KEY).seal("the-token", this.customer);

		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(sealed, this.customer));
	}

	@Test
	void refusesAnAlteredToken() {
		String sealed = this.seal.seal("the-token", this.customer);
		// A character inside the text, not the last one: unpadded base64 ignores some of
		// the last character's bits, so changing it may change nothing.
		int at = sealed.length() / 2;
		char middle = sealed.charAt(at);
		String altered = sealed.substring(0, at) + ((middle == 'A') ? 'B' : 'A') + sealed.substring(at + 1);

		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(altered, this.customer));
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open("the-token", this.customer));
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open("v1.%%%", this.customer));
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open("v1.AAAA", this.customer));
	}

	@Test
	void acceptsOnlyA256BitKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccountTokenSeal.of(Base64.getEncoder().encodeToString(new byte[16])));
		assertThatIllegalArgumentException().isThrownBy(() -> AccountTokenSeal.of(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> AccountTokenSeal.of("not base64!"));
		String urlSafe = Base64.getUrlEncoder().encodeToString(new byte[32]);
		assertThat(AccountTokenSeal.of(urlSafe).open(this.seal.seal("t", this.customer), this.customer)).isEqualTo("t");
	}

}
