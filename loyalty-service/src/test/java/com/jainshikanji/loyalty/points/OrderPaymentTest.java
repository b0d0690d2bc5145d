package com.jainshikanji.loyalty.points;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderPaymentTest {

	private static final UUID PAID = UUID.randomUUID();

	@Test
	void onlyRefundsOfThePaymentThatPaidForTheOrderCount() {
		OrderPayment paid = new OrderPayment(true, PAID);

		assertThat(paid.counts(PAID)).isTrue();
		assertThat(paid.counts(UUID.randomUUID())).isFalse();
	}

	@Test
	void everyRefundOfACashOrderCounts() {
		assertThat(new OrderPayment(true, null).counts(UUID.randomUUID())).isTrue();
	}

	@Test
	void noRefundCountsBeforeTheOrderIsConfirmed() {
		assertThat(OrderPayment.UNCONFIRMED.counts(PAID)).isFalse();
	}

	@Test
	void refundsRecordedBeforeTheirPaymentWasKeptCountAsTheyDid() {
		assertThat(new OrderPayment(true, PAID).counts(null)).isTrue();
	}

}
