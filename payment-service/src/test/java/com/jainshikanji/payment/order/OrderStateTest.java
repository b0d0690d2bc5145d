package com.jainshikanji.payment.order;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service knows of an order only moves forward, whatever order its events arrive
 * in.
 */
class OrderStateTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	KnownOrder.Placement placement(String method, OrderState status) {
		return new KnownOrder.Placement(UUID.randomUUID(), "ORD20260501-000042", UUID.randomUUID(), UUID.randomUUID(),
				method, Money.of("250.00"), status, NOW, "cod".equals(method) ? null : NOW.plusSeconds(900));
	}

	@Test
	void anOrderMovesForwardOnly() {
		KnownOrder order = KnownOrder.placed(placement("upi", OrderState.PENDING), NOW);

		assertThat(order.moveTo(OrderState.CONFIRMED, NOW)).isTrue();
		assertThat(order.moveTo(OrderState.PENDING, NOW)).isFalse();
		assertThat(order.moveTo(OrderState.DELIVERED, NOW)).isTrue();
		assertThat(order.moveTo(OrderState.CANCELLED, NOW)).isFalse();

		assertThat(order.view().state()).isEqualTo(OrderState.DELIVERED);
	}

	@Test
	void aCancelledOrderStaysCancelled() {
		KnownOrder order = KnownOrder.placed(placement("upi", OrderState.PENDING), NOW);

		assertThat(order.moveTo(OrderState.CANCELLED, NOW)).isTrue();
		assertThat(order.moveTo(OrderState.CONFIRMED, NOW)).isFalse();
		assertThat(order.moveTo(OrderState.DELIVERED, NOW)).isFalse();

		assertThat(order.view().isCancelled()).isTrue();
	}

	@Test
	void aCreationArrivingAfterTheCancellationFillsInWhatWasMissingButKeepsItCancelled() {
		KnownOrder.Placement placement = placement("card", OrderState.PENDING);
		KnownOrder order = KnownOrder.cancelledBeforeKnown(placement.orderId(), placement.orderNumber(),
				placement.customerId(), placement.storeId(), placement.total(), NOW);
		assertThat(order.view().paymentMethod()).isNull();

		order.completeWith(placement, NOW);

		assertThat(order.view().paymentMethod()).isEqualTo("card");
		assertThat(order.view().paymentDueBy()).isEqualTo(NOW.plusSeconds(900));
		assertThat(order.view().state()).isEqualTo(OrderState.CANCELLED);
	}

	@Test
	void anOnlineOrderAwaitsPaymentOnlyWhilePendingAndBeforeItsDueTime() {
		OrderView pending = KnownOrder.placed(placement("upi", OrderState.PENDING), NOW).view();
		OrderView cash = KnownOrder.placed(placement("cod", OrderState.CONFIRMED), NOW).view();
		KnownOrder cancelled = KnownOrder.placed(placement("upi", OrderState.PENDING), NOW);
		cancelled.moveTo(OrderState.CANCELLED, NOW);

		assertThat(pending.awaitsOnlinePaymentAt(NOW.plusSeconds(899))).isTrue();
		assertThat(pending.awaitsOnlinePaymentAt(NOW.plusSeconds(900))).isFalse();
		assertThat(cash.awaitsOnlinePaymentAt(NOW)).isFalse();
		assertThat(cash.isCashOnDelivery()).isTrue();
		assertThat(cancelled.view().awaitsOnlinePaymentAt(NOW)).isFalse();
	}

}
