package com.jainshikanji.inventory;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.jainshikanji.inventory.catalog.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void refusesNegativeAmounts() {
		assertThatExceptionOfType(Money.NegativeAmount.class).isThrownBy(() -> Money.of("-0.01"));
	}

	@Test
	void refusesFractionsOfAPaisa() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10.005"));
	}

	@Test
	void keepsTwoDecimalsAndAddsAndMultiplies() {
		Money price = Money.of(new BigDecimal("40"));
		assertThat(price.amount()).isEqualByComparingTo("40.00").hasScaleOf(2);
		assertThat(price.plus(Money.of("20.50")).times(3)).isEqualTo(Money.of("181.50"));
		assertThat(Money.of("0")).isEqualTo(Money.ZERO);
	}

}
