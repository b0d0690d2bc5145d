package com.jainshikanji.notification.listener;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.directory.StoreInfo;
import com.jainshikanji.notification.order.OrderStage;
import com.jainshikanji.notification.order.OrderView;

import static org.assertj.core.api.Assertions.assertThat;

/** What order notifications say about the money. */
class OrderVariablesTest {

	@Test
	void anOrderIsPaidByItsPaymentMethod() {
		assertThat(OrderVariables.of(order("cod", "42.00"), StoreInfo.UNKNOWN).toMap())
			.containsEntry("paymentMethod", "Cash on delivery")
			.containsEntry("total", "₹42.00");
	}

	@Test
	void anOrderItsDiscountsPaidForAllOfIsNotSaidToBePaidInCash() {
		assertThat(OrderVariables.of(order("cod", "0.00"), StoreInfo.UNKNOWN).toMap())
			.containsEntry("paymentMethod", "your discounts (nothing to pay)")
			.containsEntry("discount", "₹40.00")
			.containsEntry("total", "₹0.00");
	}

	private static OrderView order(String paymentMethod, String total) {
		BigDecimal discount = new BigDecimal("40.00").subtract(new BigDecimal(total).min(new BigDecimal("40.00")));
		OrderAmounts amounts = new OrderAmounts(new BigDecimal("40.00"), BigDecimal.ZERO, BigDecimal.ZERO, discount,
				BigDecimal.ZERO, new BigDecimal(total));
		return new OrderView(UUID.randomUUID(), "ORD20261204-000001", UUID.randomUUID(), UUID.randomUUID(),
				new Contact("asha@example.com", null, "Asha"), "pickup", paymentMethod, List.of(), amounts, null,
				OrderStage.NONE, true);
	}

}
