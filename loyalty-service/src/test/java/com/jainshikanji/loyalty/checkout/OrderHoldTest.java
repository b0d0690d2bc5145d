package com.jainshikanji.loyalty.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderHoldTest {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	final OrderHold hold = new OrderHold(UUID.randomUUID(), UUID.randomUUID(), 40, new BigDecimal("10.00"), null, null,
			BigDecimal.ZERO, false, NOW);

	@Test
	void aHeldHoldIsConfirmedOnce() {
		assertThat(this.hold.confirm(NOW)).isTrue();
		assertThat(this.hold.confirm(NOW)).isFalse();
		assertThat(this.hold.status()).isEqualTo(OrderHold.Status.CONFIRMED);
	}

	@Test
	void aConfirmedHoldIsStillReleasedWhenItsOrderIsCancelled() {
		this.hold.confirm(NOW);

		assertThat(this.hold.release(NOW)).isTrue();
		assertThat(this.hold.status()).isEqualTo(OrderHold.Status.RELEASED);
	}

	@Test
	void aReleaseIsFinalAndHappensOnce() {
		assertThat(this.hold.release(NOW)).isTrue();

		assertThat(this.hold.release(NOW)).isFalse();
		assertThat(this.hold.confirm(NOW)).isFalse();
		assertThat(this.hold.status()).isEqualTo(OrderHold.Status.RELEASED);
	}

}
