package com.jainshikanji.common.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void refusesNegativeAmounts() {
		assertThatExceptionOfType(Money.NegativeAmount.class).isThrownBy(() -> Money.of("-0.01"))
			.withMessageContaining("negative");
	}

	@Test
	void refusesFractionsOfAPaisa() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10.005")).withMessageContaining("two decimals");
	}

	@Test
	void alwaysHasTwoDecimals() {
		assertThat(Money.of("25").amount()).isEqualTo(new BigDecimal("25.00")).hasScaleOf(2);
		assertThat(Money.of("-0.00")).isEqualTo(Money.ZERO);
		assertThat(Money.of("99.5")).hasToString("INR 99.50");
	}

	@Test
	void addsAndMultiplies() {
		assertThat(Money.of("40").plus(Money.of("20.50")).times(3)).isEqualTo(Money.of("181.50"));
	}

	@Test
	void comparesByAmount() {
		assertThat(Money.of("500.00").isAtLeast(Money.of("500"))).isTrue();
		assertThat(Money.of("499.99").isAtLeast(Money.of("500"))).isFalse();
		assertThat(Money.ofNullable(null)).isNull();
		assertThat(Money.orElse(null, Money.ZERO)).isEqualTo(Money.ZERO);
		assertThat(Money.orElse(new BigDecimal("5"), Money.ZERO)).isEqualTo(Money.of("5.00"));
	}

}
