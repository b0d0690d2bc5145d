package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A refresh token's life: usable once, then rotated into a successor of its family. */
class RefreshTokenTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

	private static final Duration TTL = Duration.ofDays(30);

	private static final ClientInfo PHONE = new ClientInfo("10.0.0.1", "JainShikanji/3.1 (Android)");

	private final UUID customer = UUID.randomUUID();

	@Test
	void aNewTokenStartsAFamilyAndIsUsableUntilItExpires() {
		RefreshToken token = RefreshToken.startFamily(this.customer, "hash-1", NOW, TTL, PHONE);

		assertThat(token.customerId()).isEqualTo(this.customer);
		assertThat(token.isUsable(NOW.plus(TTL).minusSeconds(1))).isTrue();
		assertThat(token.isUsable(NOW.plus(TTL))).isFalse();
		assertThat(token.wasRotated()).isFalse();
	}

	@Test
	void rotatingUsesTheTokenUpAndReturnsASuccessorInTheSameFamily() {
		RefreshToken token = RefreshToken.startFamily(this.customer, "hash-1", NOW, TTL, PHONE);

		RefreshToken successor = token.rotate("hash-2", NOW.plusSeconds(60), TTL, PHONE);

		assertThat(token.wasRotated()).isTrue();
		assertThat(token.isUsable(NOW.plusSeconds(61))).isFalse();
		assertThat(successor.familyId()).isEqualTo(token.familyId());
		assertThat(successor.customerId()).isEqualTo(this.customer);
		assertThat(successor.isUsable(NOW.plusSeconds(60).plus(TTL).minusSeconds(1))).isTrue();
	}

	@Test
	void aUsedOrExpiredTokenCannotBeRotated() {
		RefreshToken token = RefreshToken.startFamily(this.customer, "hash-1", NOW, TTL, PHONE);
		token.rotate("hash-2", NOW, TTL, PHONE);
		RefreshToken expired = RefreshToken.startFamily(this.customer, "hash-3", NOW, TTL, PHONE);

		assertThatIllegalStateException().isThrownBy(() -> token.rotate("hash-4", NOW, TTL, PHONE));
		assertThatIllegalStateException().isThrownBy(() -> expired.rotate("hash-5", NOW.plus(TTL), TTL, PHONE));
	}

	@Test
	void withinTheGraceAUsedTokenGetsAnotherSuccessorOfItsFamilyAndAfterItNone() {
		Duration grace = Duration.ofSeconds(10);
		RefreshToken token = RefreshToken.startFamily(this.customer, "hash-1", NOW, TTL, PHONE);
		assertThat(token.isWithinReuseGrace(NOW, grace)).as("not used yet").isFalse();
		token.rotate("hash-2", NOW, TTL, PHONE);

		RefreshToken second = token.reissue("hash-3", NOW.plusSeconds(9), grace, TTL, PHONE);

		assertThat(second.familyId()).isEqualTo(token.familyId());
		assertThat(second.isUsable(NOW.plusSeconds(9))).isTrue();
		assertThat(token.isWithinReuseGrace(NOW.plusSeconds(10), grace)).isFalse();
		assertThatIllegalStateException()
			.isThrownBy(() -> token.reissue("hash-4", NOW.plusSeconds(10), grace, TTL, PHONE));
		assertThat(token.isWithinReuseGrace(NOW.plusSeconds(1), Duration.ZERO)).as("grace off").isFalse();
	}

	@Test
	void everyLoginStartsItsOwnFamily() {
		RefreshToken phone = RefreshToken.startFamily(this.customer, "hash-1", NOW, TTL, PHONE);
		RefreshToken laptop = RefreshToken.startFamily(this.customer, "hash-2", NOW, TTL, PHONE);

		assertThat(phone.familyId()).isNotEqualTo(laptop.familyId());
	}

}
