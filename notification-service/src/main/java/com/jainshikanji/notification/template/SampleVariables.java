package com.jainshikanji.notification.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.NotificationKind;

/**
 * The data each kind of notification is rendered with, as realistic sample values: what a
 * template may use, and what it is tried on when it is saved. The listeners build exactly
 * these names from the events (a test holds them to it), with {@code null} where an event
 * has no value, so a template that renders with the sample renders with real data.
 */
public final class SampleVariables {

	private SampleVariables() {
	}

	/** A fresh, mutable copy of the sample data of a kind. */
	public static Map<String, @Nullable Object> of(NotificationKind kind) {
		Map<String, @Nullable Object> variables = new LinkedHashMap<>();
		variables.put("firstName", "Asha");
		switch (kind) {
			case WELCOME -> {
			}
			case EMAIL_VERIFICATION, PASSWORD_RESET -> {
				variables.put("link", "https://app.jainshikanji.in/account?token=sample-token");
				variables.put("token", "sample-token");
				variables.put("expiresAt", "3 March 2026, 10:15 am IST");
			}
			case PASSWORD_CHANGED, ACCOUNT_DEACTIVATED, ACCOUNT_REACTIVATED ->
				variables.put("changedAt", "1 March 2026, 10:15 am IST");
			case ORDER_PLACED, ORDER_CONFIRMED, ORDER_PREPARING, ORDER_READY, ORDER_OUT_FOR_DELIVERY, ORDER_DELIVERED,
					ORDER_CANCELLED, PAYMENT_FAILED, REFUND_PROCESSED ->
				order(variables);
			case LOYALTY_TIER_CHANGED -> {
				variables.put("previousTier", "Silver");
				variables.put("newTier", "Gold");
				variables.put("pointsBalance", 1250L);
				variables.put("upgraded", true);
			}
			case LOW_STOCK -> {
				variables.put("storeName", "Manek Chowk");
				variables.put("productName", "Masala Shikanji");
				variables.put("currentStock", 3);
				variables.put("minStock", 10);
				variables.put("outOfStock", false);
			}
			case PROMOTION, ANNOUNCEMENT -> {
				variables.put("title", "Two shikanjis for one this weekend");
				variables.put("message", "Bring a friend to any of our stores on Saturday or Sunday.");
				variables.put("code", "SHIKANJI2X");
				variables.put("link", "https://app.jainshikanji.in/offers");
			}
		}
		return variables;
	}

	/** The variables an admin may give when sending a kind by hand. */
	public static List<String> sendable(NotificationKind kind) {
		return kind.sendable() ? List.of("title", "message", "code", "link") : List.of();
	}

	private static void order(Map<String, @Nullable Object> variables) {
		variables.put("orderId", "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20");
		variables.put("orderNumber", "ORD20260301-000123");
		variables.put("storeName", "Manek Chowk");
		variables.put("storePhone", "+91 79 2535 0001");
		variables.put("deliveryType", "Delivery");
		variables.put("paymentMethod", "UPI");
		// ONLINE, CASH_ON_DELIVERY or NOTHING_TO_PAY; null while the method is unknown
		variables.put("paymentType", "ONLINE");
		variables.put("items", List.of(item("Masala Shikanji", 2, "₹60.00", "₹120.00", "Less sugar"),
				item("Jaljeera", 1, "₹70.00", "₹70.00", null), item("Samosa (2 pcs)", 1, "₹40.00", "₹40.00", null)));
		variables.put("subtotal", "₹230.00");
		variables.put("tax", "₹11.50");
		variables.put("deliveryFee", "₹30.00");
		variables.put("discount", "₹20.00");
		variables.put("total", "₹251.50");
		// With its day when not today: "tomorrow, 7:45 pm", "Sun 6 Dec, 7:45 pm"
		variables.put("eta", "7:45 pm");
		variables.put("awaitingPayment", true);
		variables.put("note", "Packed with extra ice");
		variables.put("reason", "Payment failed");
		variables.put("amount", "₹251.50");
		variables.put("totalRefunded", "₹251.50");
		variables.put("fullyRefunded", true);
		// ORIGINAL_METHOD (through the payment provider), CASH or BANK_TRANSFER
		variables.put("refundMethod", "ORIGINAL_METHOD");
	}

	private static Map<String, @Nullable Object> item(String name, int quantity, String unitPrice, String lineTotal,
			@Nullable String options) {
		Map<String, @Nullable Object> item = new LinkedHashMap<>();
		item.put("name", name);
		item.put("quantity", quantity);
		item.put("unitPrice", unitPrice);
		item.put("lineTotal", lineTotal);
		item.put("options", options);
		return item;
	}

}
