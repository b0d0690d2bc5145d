package com.jainshikanji.sandbox.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Razorpay payment: authorized then captured, or failed; refunded in part or in full.
 * It carries a sandbox card or VPA and contact, as real payloads do (the payment service
 * must not store them).
 */
final class SandboxPayment {

	final String id;

	final String orderId;

	final long amount;

	final String currency;

	final String method;

	final long createdAt;

	String status;

	long amountRefunded;

	@Nullable String errorCode;

	@Nullable String errorDescription;

	SandboxPayment(String id, String orderId, long amount, String currency, String method, String status,
			long createdAt) {
		this.id = id;
		this.orderId = orderId;
		this.amount = amount;
		this.currency = currency;
		this.method = method;
		this.status = status;
		this.createdAt = createdAt;
	}

	boolean captured() {
		return "captured".equals(this.status) || "refunded".equals(this.status);
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("entity", "payment");
		json.put("amount", this.amount);
		json.put("currency", this.currency);
		json.put("status", this.status);
		json.put("order_id", this.orderId);
		json.put("invoice_id", null);
		json.put("international", false);
		json.put("method", this.method);
		json.put("amount_refunded", this.amountRefunded);
		json.put("refund_status",
				(this.amountRefunded == 0) ? null : (this.amountRefunded == this.amount) ? "full" : "partial");
		json.put("captured", captured());
		json.put("description", "Sandbox payment");
		json.put("card_id", "card".equals(this.method) ? "card_Sandbox00000001" : null);
		if ("card".equals(this.method)) {
			json.put("card", Map.of("id", "card_Sandbox00000001", "entity", "card", "name", "Sandbox Customer", "last4",
					"1111", "network", "Visa", "type", "credit", "international", false));
		}
		json.put("bank", "netbanking".equals(this.method) ? "HDFC" : null);
		json.put("wallet", "wallet".equals(this.method) ? "paytm" : null);
		json.put("vpa", "upi".equals(this.method) ? "customer@sandboxupi" : null);
		json.put("email", "customer@example.com");
		json.put("contact", "+919000090000");
		json.put("notes", List.of());
		json.put("fee", captured() ? this.amount * 2 / 100 : null);
		json.put("tax", captured() ? this.amount * 2 / 100 * 18 / 100 : null);
		json.put("error_code", this.errorCode);
		json.put("error_description", this.errorDescription);
		json.put("error_source", (this.errorCode != null) ? "customer" : null);
		json.put("error_step", (this.errorCode != null) ? "payment_authentication" : null);
		json.put("error_reason", (this.errorCode != null) ? "payment_failed" : null);
		json.put("acquirer_data", Map.of("rrn", "322206890934"));
		json.put("created_at", this.createdAt);
		return json;
	}

}
