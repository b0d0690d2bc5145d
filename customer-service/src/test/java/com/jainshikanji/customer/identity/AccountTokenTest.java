package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTokenTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

	private final AccountToken token = new AccountToken(UUID.randomUUID(), AccountTokenPurpose.RESET_PASSWORD, "hash",
			"asha@example.com", NOW, Duration.ofMinutes(30));

	@Test
	void worksOnceForItsPurposeUntilItExpires() {
		assertThat(this.token.isUsable(AccountTokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(29)))).isTrue();
		assertThat(this.token.isUsable(AccountTokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(30)))).isFalse();
		assertThat(this.token.isUsable(AccountTokenPurpose.VERIFY_EMAIL, NOW)).isFalse();

		this.token.use(AccountTokenPurpose.RESET_PASSWORD, NOW.plusSeconds(5));

		assertThat(this.token.usedAt()).isEqualTo(NOW.plusSeconds(5));
		assertThatExceptionOfType(InvalidAccountToken.class)
			.isThrownBy(() -> this.token.use(AccountTokenPurpose.RESET_PASSWORD, NOW.plusSeconds(6)));
	}

	@Test
	void isRefusedForAnotherPurposeOrWhenExpired() {
		assertThatExceptionOfType(InvalidAccountToken.class)
			.isThrownBy(() -> this.token.use(AccountTokenPurpose.VERIFY_EMAIL, NOW));
		assertThatExceptionOfType(InvalidAccountToken.class)
			.isThrownBy(() -> this.token.use(AccountTokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofHours(1))));
		assertThat(this.token.usedAt()).isNull();
	}

	@Test
	void mustLiveForSomeTime() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AccountToken(UUID.randomUUID(),
				AccountTokenPurpose.VERIFY_EMAIL, "hash", "asha@example.com", NOW, Duration.ZERO));
	}

}
