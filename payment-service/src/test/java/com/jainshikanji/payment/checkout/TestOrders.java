package com.jainshikanji.payment.checkout;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.payment.order.OrderState;
import com.jainshikanji.payment.order.OrderView;

/** Orders as the order service announces them, for tests of payments. */
final class TestOrders {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private TestOrders() {
	}

	/** A pending order of 250.00 paid by UPI, payable for 15 minutes. */
	static OrderView online() {
		return online(Money.of("250.00"));
	}

	static OrderView online(Money total) {
		return new OrderView(UUID.randomUUID(), "ORD20260501-000042", UUID.randomUUID(), UUID.randomUUID(), "upi",
				total, OrderState.PENDING, NOW.plusSeconds(900));
	}

	/** A cash-on-delivery order of 180.00, confirmed at once. */
	static OrderView cash() {
		return cash(Money.of("180.00"));
	}

	static OrderView cash(Money total) {
		return new OrderView(UUID.randomUUID(), "ORD20260501-000043", UUID.randomUUID(), UUID.randomUUID(), "cod",
				total, OrderState.CONFIRMED, null);
	}

}
