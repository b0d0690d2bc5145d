package com.jainshikanji.inventory.catalog;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** When a product can be ordered: the admin's switch and the optional window. */
class AvailabilityTest {

	static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");

	static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");

	@Test
	void switchedOnWithoutAWindowIsOrderableAtAnyTime() {
		assertThat(Availability.ALWAYS.orderableAt(Instant.EPOCH)).isTrue();
		assertThat(Availability.ALWAYS.orderableAt(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
	}

	@Test
	void switchedOffIsNeverOrderableEvenInsideItsWindow() {
		Availability off = new Availability(false, FROM, UNTIL);
		assertThat(off.orderableAt(FROM.plus(Duration.ofDays(1)))).isFalse();
		assertThat(new Availability(false, null, null).orderableAt(FROM)).isFalse();
	}

	@Test
	void theWindowIncludesItsStartAndExcludesItsEnd() {
		Availability summer = new Availability(true, FROM, UNTIL);
		assertThat(summer.orderableAt(FROM.minusNanos(1000))).isFalse();
		assertThat(summer.orderableAt(FROM)).isTrue();
		assertThat(summer.orderableAt(UNTIL.minusNanos(1000))).isTrue();
		assertThat(summer.orderableAt(UNTIL)).isFalse();
	}

	@Test
	void aWindowMayBeOpenAtEitherEnd() {
		assertThat(new Availability(true, FROM, null).orderableAt(FROM.minusSeconds(1))).isFalse();
		assertThat(new Availability(true, FROM, null).orderableAt(FROM.plus(Duration.ofDays(3650)))).isTrue();
		assertThat(new Availability(true, null, UNTIL).orderableAt(Instant.EPOCH)).isTrue();
		assertThat(new Availability(true, null, UNTIL).orderableAt(UNTIL)).isFalse();
	}

	@Test
	void anEmptyOrBackwardsWindowCannotBeMade() {
		assertThatExceptionOfType(InvalidProduct.class).isThrownBy(() -> new Availability(true, UNTIL, FROM))
			.withMessageContaining("availableUntil must be after availableFrom");
		assertThatExceptionOfType(InvalidProduct.class).isThrownBy(() -> new Availability(true, FROM, FROM));
	}

	@Test
	void switchingOffKeepsTheWindow() {
		assertThat(new Availability(true, FROM, UNTIL).switchedOff()).isEqualTo(new Availability(false, FROM, UNTIL));
	}

}
