package com.jainshikanji.notification.listener;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.notification.directory.StoreInfo;
import com.jainshikanji.notification.order.OrderView;

/**
 * The data of every order notification (the names {@code SampleVariables} documents),
 * from what is known of the order, its store and the event at hand. The ETA is the
 * order's own estimate when an event carried one (the order service's, counted from a
 * scheduled order's time), else, where asked for, the store's usual preparation time from
 * the moment of the event (as events published before they carried the estimate are
 * told); with its day when that is not the day the customer is told.
 */
final class OrderVariables {

	private final Map<String, @Nullable Object> variables = new LinkedHashMap<>();

	private final StoreInfo store;

	private final Instant told;

	private OrderVariables(OrderView order, StoreInfo store, Instant told) {
		this.store = store;
		this.told = told;
		this.variables.put("firstName", order.contact().firstName());
		this.variables.put("orderId", order.orderId().toString());
		this.variables.put("orderNumber", (order.orderNumber() != null) ? order.orderNumber() : "");
		this.variables.put("storeName", store.name());
		this.variables.put("storePhone", store.phone());
		this.variables.put("deliveryType", Formats.deliveryType(order.deliveryType()));
		this.variables.put("items", items(order.lines()));
		OrderAmounts amounts = order.amounts();
		boolean nothingToPay = amounts != null && amounts.total().signum() == 0;
		// A coupon or points paid for it all: no cash is due, whatever the method chosen.
		this.variables.put("paymentMethod",
				nothingToPay ? "your discounts (nothing to pay)" : Formats.paymentMethod(order.paymentMethod()));
		this.variables.put("paymentType", paymentType(order.paymentMethod(), nothingToPay));
		this.variables.put("subtotal", (amounts != null) ? Formats.rupees(amounts.subtotal()) : null);
		this.variables.put("tax", (amounts != null) ? Formats.rupees(amounts.tax()) : null);
		this.variables.put("deliveryFee", (amounts != null) ? Formats.rupeesIfAny(amounts.deliveryFee()) : null);
		this.variables.put("discount",
				(amounts != null) ? Formats.rupeesIfAny(sum(amounts.discount(), amounts.loyaltyDiscount())) : null);
		this.variables.put("total", (amounts != null) ? Formats.rupees(amounts.total()) : null);
		this.variables.put("eta", null);
		this.variables.put("awaitingPayment", false);
		this.variables.put("note", null);
		this.variables.put("reason", null);
		this.variables.put("amount", null);
		this.variables.put("totalRefunded", null);
		this.variables.put("fullyRefunded", false);
		this.variables.put("refundMethod", null);
		if (order.estimatedAt() != null) {
			this.variables.put("eta", Formats.time(order.estimatedAt(), store.timeZone(), told));
		}
	}

	/**
	 * @param told when the customer is told (the event's moment): what "today" is for the
	 * times said
	 */
	static OrderVariables of(OrderView order, StoreInfo store, Instant told) {
		return new OrderVariables(order, store, told);
	}

	/**
	 * The store's usual preparation time from the moment told, unless the order has an
	 * estimate.
	 */
	OrderVariables etaOrUsualPreparation() {
		if (this.variables.get("eta") == null && this.store.preparationMinutes() != null) {
			this.variables.put("eta", Formats.time(this.told.plusSeconds(60L * this.store.preparationMinutes()),
					this.store.timeZone(), this.told));
		}
		return this;
	}

	OrderVariables with(String name, @Nullable Object value) {
		if (!this.variables.containsKey(name)) {
			throw new IllegalArgumentException("Order notifications have no variable " + name);
		}
		this.variables.put(name, value);
		return this;
	}

	Map<String, @Nullable Object> toMap() {
		return new LinkedHashMap<>(this.variables);
	}

	/**
	 * How the order is paid, in the words templates branch on: ONLINE (through the
	 * payment provider), CASH_ON_DELIVERY, NOTHING_TO_PAY (discounts paid for all of it),
	 * or {@code null} when no event told the payment method yet.
	 */
	private static @Nullable String paymentType(@Nullable String method, boolean nothingToPay) {
		if (method == null) {
			return null;
		}
		if (nothingToPay) {
			return "NOTHING_TO_PAY";
		}
		return "cod".equalsIgnoreCase(method) ? "CASH_ON_DELIVERY" : "ONLINE";
	}

	private static BigDecimal sum(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return ((a != null) ? a : BigDecimal.ZERO).add((b != null) ? b : BigDecimal.ZERO);
	}

	private static List<Map<String, @Nullable Object>> items(List<OrderLine> lines) {
		List<Map<String, @Nullable Object>> items = new ArrayList<>();
		for (OrderLine line : lines) {
			Map<String, @Nullable Object> item = new LinkedHashMap<>();
			item.put("name", line.productName());
			item.put("quantity", line.quantity());
			item.put("unitPrice", Formats.rupees(line.unitPrice()));
			item.put("lineTotal", Formats.rupees(line.lineTotal()));
			item.put("options",
					(line.options() == null || line.options().isEmpty()) ? null : String.join(", ", line.options()));
			items.add(item);
		}
		return items;
	}

}
