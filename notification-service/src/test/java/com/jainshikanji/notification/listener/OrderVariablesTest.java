package com.jainshikanji.notification.listener;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.directory.StoreInfo;
import com.jainshikanji.notification.kind.NotificationKind;
import com.jainshikanji.notification.order.OrderStage;
import com.jainshikanji.notification.order.OrderView;
import com.jainshikanji.notification.template.SampleVariables;

import static org.assertj.core.api.Assertions.assertThat;

/** What order notifications say about the money and about when to expect the order. */
class OrderVariablesTest {

	/** 6:16 pm on Saturday 5 December 2026 in India. */
	static final Instant TOLD = Instant.parse("2026-12-05T12:46:00Z");

	static final StoreInfo MANEK_CHOWK = new StoreInfo("Manek Chowk", null, ZoneId.of("Asia/Kolkata"), 20);

	@Test
	void anOrderIsPaidByItsPaymentMethod() {
		assertThat(OrderVariables.of(order("cod", "42.00"), StoreInfo.UNKNOWN, TOLD).toMap())
			.containsEntry("paymentMethod", "Cash on delivery")
			.containsEntry("paymentType", "CASH_ON_DELIVERY")
			.containsEntry("total", "₹42.00");
		assertThat(OrderVariables.of(order("upi", "42.00"), StoreInfo.UNKNOWN, TOLD).toMap())
			.containsEntry("paymentMethod", "UPI")
			.containsEntry("paymentType", "ONLINE");
	}

	@Test
	void anOrderItsDiscountsPaidForAllOfIsNotSaidToBePaidInCash() {
		assertThat(OrderVariables.of(order("cod", "0.00"), StoreInfo.UNKNOWN, TOLD).toMap())
			.containsEntry("paymentMethod", "your discounts (nothing to pay)")
			.containsEntry("paymentType", "NOTHING_TO_PAY")
			.containsEntry("discount", "₹40.00")
			.containsEntry("total", "₹0.00");
	}

	@Test
	void anOrderWhosePaymentMethodIsNotKnownYetHasNoPaymentType() {
		assertThat(OrderVariables.of(order(null, "42.00"), StoreInfo.UNKNOWN, TOLD).toMap())
			.containsEntry("paymentType", null);
	}

	/** The names the listeners build are the names templates are tried on. */
	@Test
	void anOrdersDataHasTheNamesOfTheSample() {
		assertThat(OrderVariables.of(order("upi", "42.00"), MANEK_CHOWK, TOLD).toMap())
			.containsOnlyKeys(SampleVariables.of(NotificationKind.ORDER_CONFIRMED).keySet());
	}

	@Test
	void theEtaIsTheOrdersEstimateWithItsDayWhenItIsNotToday() {
		assertThat(eta(Instant.parse("2026-12-05T13:22:00Z"))).isEqualTo("6:52 pm");
		assertThat(eta(Instant.parse("2026-12-06T04:40:00Z"))).isEqualTo("tomorrow, 10:10 am");
		assertThat(eta(Instant.parse("2026-12-07T04:40:00Z"))).isEqualTo("Mon 7 Dec, 10:10 am");
		// Midnight in India is 6:30 pm UTC: the day is India's.
		assertThat(eta(Instant.parse("2026-12-05T18:40:00Z"))).isEqualTo("tomorrow, 12:10 am");
	}

	@Test
	void withoutAnEstimateTheEtaIsTheStoresUsualPreparationTimeFromTheMomentTold() {
		assertThat(OrderVariables.of(order("upi", "42.00"), MANEK_CHOWK, TOLD).etaOrUsualPreparation().toMap())
			.containsEntry("eta", "6:36 pm");
		assertThat(OrderVariables.of(order("upi", "42.00"), MANEK_CHOWK, Instant.parse("2026-12-05T18:25:00Z"))
			.etaOrUsualPreparation()
			.toMap()).containsEntry("eta", "tomorrow, 12:15 am");
		assertThat(OrderVariables.of(order("upi", "42.00", Instant.parse("2026-12-06T04:40:00Z")), MANEK_CHOWK, TOLD)
			.etaOrUsualPreparation()
			.toMap()).containsEntry("eta", "tomorrow, 10:10 am");
	}

	private static @Nullable Object eta(Instant estimatedAt) {
		return OrderVariables.of(order("upi", "42.00", estimatedAt), MANEK_CHOWK, TOLD).toMap().get("eta");
	}

	private static OrderView order(@Nullable String paymentMethod, String total) {
		return order(paymentMethod, total, null);
	}

	private static OrderView order(@Nullable String paymentMethod, String total, @Nullable Instant estimatedAt) {
		BigDecimal discount = new BigDecimal("40.00").subtract(new BigDecimal(total).min(new BigDecimal("40.00")));
		OrderAmounts amounts = new OrderAmounts(new BigDecimal("40.00"), BigDecimal.ZERO, BigDecimal.ZERO, discount,
				BigDecimal.ZERO, new BigDecimal(total));
		return new OrderView(UUID.randomUUID(), "ORD20261204-000001", UUID.randomUUID(), UUID.randomUUID(),
				new Contact("asha@example.com", null, "Asha"), "pickup", paymentMethod, List.of(), amounts, estimatedAt,
				OrderStage.NONE, true);
	}

}
