package com.jainshikanji.sandbox.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A Razorpay refund; the sandbox processes refunds at once. */
final class SandboxRefund {

	final String id;

	final String paymentId;

	final long amount;

	final @Nullable String receipt;

	final Map<String, Object> notes;

	final String speed;

	final long createdAt;

	/** What was asked, to recognise a retry under the same idempotency key. */
	final String request;

	SandboxRefund(String id, String paymentId, long amount, @Nullable String receipt, Map<String, Object> notes,
			String speed, long createdAt, String request) {
		this.id = id;
		this.paymentId = paymentId;
		this.amount = amount;
		this.receipt = receipt;
		this.notes = notes;
		this.speed = speed;
		this.createdAt = createdAt;
		this.request = request;
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("entity", "refund");
		json.put("amount", this.amount);
		json.put("currency", "INR");
		json.put("payment_id", this.paymentId);
		json.put("notes", this.notes.isEmpty() ? List.of() : this.notes);
		json.put("receipt", this.receipt);
		json.put("acquirer_data", Map.of("arn", "74836160001"));
		json.put("created_at", this.createdAt);
		json.put("batch_id", null);
		json.put("status", "processed");
		json.put("speed_processed", "normal");
		json.put("speed_requested", this.speed);
		return json;
	}

}
