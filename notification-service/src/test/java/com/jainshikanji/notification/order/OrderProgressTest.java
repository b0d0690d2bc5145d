package com.jainshikanji.notification.order;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What an order's customer is told, event by event: stages only forward, nothing after
 * the end, a cancellation caused by a failed payment not told twice.
 */
class OrderProgressTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static OrderProgress order() {
		return new OrderProgress(OrderFacts.of(UUID.randomUUID(), "ORD1", UUID.randomUUID(), UUID.randomUUID()), NOW);
	}

	@Test
	void anOnlineOrderIsToldAtEveryStageOnce() {
		OrderProgress order = order();
		assertThat(order.placed(true)).isTrue();
		assertThat(order.placed(true)).isFalse();
		for (OrderStage stage : new OrderStage[] { OrderStage.CONFIRMED, OrderStage.PREPARING, OrderStage.READY,
				OrderStage.OUT_FOR_DELIVERY, OrderStage.DELIVERED }) {
			assertThat(order.reach(stage)).as(stage.name()).isTrue();
			assertThat(order.reach(stage)).as(stage + " again").isFalse();
		}
		assertThat(order.stage()).isEqualTo(OrderStage.DELIVERED);
	}

	@Test
	void aCashOrderIsNotToldAsPlacedOnlyAsConfirmed() {
		OrderProgress order = order();
		assertThat(order.placed(false)).isFalse();
		assertThat(order.view().placementSeen()).isTrue();
		assertThat(order.reach(OrderStage.CONFIRMED)).isTrue();
	}

	@Test
	void aLateEarlierStageIsNotToldAndNothingIsToldAfterTheEnd() {
		OrderProgress order = order();
		assertThat(order.reach(OrderStage.READY)).isTrue();
		assertThat(order.reach(OrderStage.PREPARING)).isFalse();
		assertThat(order.placed(true)).as("a late placement").isFalse();
		assertThat(order.reach(OrderStage.DELIVERED)).isTrue();
		assertThat(order.cancel()).isFalse();
		assertThat(order.paymentFailed()).isFalse();
		assertThat(order.stage()).isEqualTo(OrderStage.DELIVERED);
	}

	@Test
	void aCancellationIsToldOnceAndEndsTheOrder() {
		OrderProgress order = order();
		order.reach(OrderStage.CONFIRMED);
		assertThat(order.cancel()).isTrue();
		assertThat(order.cancel()).isFalse();
		assertThat(order.reach(OrderStage.PREPARING)).isFalse();
		assertThat(order.reach(OrderStage.DELIVERED)).isFalse();
	}

	@Test
	void aFailedPaymentIsToldOnceAndTheCancellationItCausesIsNot() {
		OrderProgress order = order();
		order.placed(true);
		assertThat(order.paymentFailed()).isTrue();
		assertThat(order.paymentFailed()).isFalse();
		assertThat(order.cancel()).isFalse();
		assertThat(order.stage()).isEqualTo(OrderStage.CANCELLED);
	}

	@Test
	void aCancellationAfterConfirmationIsToldEvenIfAPaymentFailedBefore() {
		OrderProgress order = order();
		order.paymentFailed();
		order.reach(OrderStage.CONFIRMED);
		assertThat(order.cancel()).isTrue();
	}

	@Test
	void onlyRealStepsForwardAreSteps() {
		assertThatIllegalArgumentException().isThrownBy(() -> order().reach(OrderStage.NONE));
		assertThatIllegalArgumentException().isThrownBy(() -> order().reach(OrderStage.CANCELLED));
	}

}
