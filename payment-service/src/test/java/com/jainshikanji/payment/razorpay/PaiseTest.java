package com.jainshikanji.payment.razorpay;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Rupees and paise convert exactly both ways. */
class PaiseTest {

	@Test
	void rupeesBecomePaiseExactly() {
		assertThat(Paise.of(Money.of("250.00"))).isEqualTo(25000);
		assertThat(Paise.of(Money.of("0.01"))).isEqualTo(1);
		assertThat(Paise.of(Money.of("99999999.99"))).isEqualTo(9_999_999_999L);
	}

	@Test
	void paiseBecomeRupeesWithTwoDecimals() {
		assertThat(Paise.toMoney(25000)).isEqualTo(Money.of("250.00"));
		assertThat(Paise.toMoney(1).amount()).hasToString("0.01");
	}

}
