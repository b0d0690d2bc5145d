package com.jainshikanji.store.store;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void refusesNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("-0.01")).withMessageContaining("negative");
	}

	@Test
	void alwaysHasTwoDecimals() {
		assertThat(Money.of("25").amount()).isEqualTo(new BigDecimal("25.00"));
		assertThat(Money.of("-0.00")).isEqualTo(Money.ZERO);
		assertThat(Money.of("99.5")).hasToString("INR 99.50");
	}

	@Test
	void refusesFractionsOfAPaisa() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10.001")).withMessageContaining("two decimals");
	}

	@Test
	void comparesByAmount() {
		assertThat(Money.of("500.00").isAtLeast(Money.of("500"))).isTrue();
		assertThat(Money.of("499.99").isAtLeast(Money.of("500"))).isFalse();
		assertThat(Money.ofNullable(null)).isNull();
		assertThat(Money.orElse(null, Money.ZERO)).isEqualTo(Money.ZERO);
	}

}
