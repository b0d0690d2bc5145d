package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How figures compare and divide. */
class ChangeTest {

	@Test
	void aChangeIsInPercentOfTheEarlierFigure() {
		assertThat(Change.percent(new BigDecimal("150"), new BigDecimal("120"))).isEqualByComparingTo("25.0");
		assertThat(Change.percent(new BigDecimal("90"), new BigDecimal("120"))).isEqualByComparingTo("-25.0");
	}

	@Test
	void thereIsNoChangeFromNothing() {
		assertThat(Change.percent(new BigDecimal("150"), BigDecimal.ZERO)).isNull();
		assertThat(Change.percent(null, new BigDecimal("1"))).isNull();
	}

	@Test
	void ratiosRoundToTwoDecimalsAndNeedAWhole() {
		assertThat(Kpis.ratio(1, 3, 100)).isEqualByComparingTo("33.33");
		assertThat(Kpis.ratio(new BigDecimal("1000.00"), 3, 1)).isEqualByComparingTo("333.33");
		assertThat(Kpis.ratio(5, 0, 100)).isNull();
	}

}
