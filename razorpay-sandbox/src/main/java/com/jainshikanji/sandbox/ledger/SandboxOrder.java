package com.jainshikanji.sandbox.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Razorpay order: created, then attempted, then paid. */
final class SandboxOrder {

	final String id;

	final long amount;

	final String currency;

	final String receipt;

	final Map<String, Object> notes;

	final long createdAt;

	long amountPaid;

	String status = "created";

	int attempts;

	SandboxOrder(String id, long amount, String currency, String receipt, Map<String, Object> notes, long createdAt) {
		this.id = id;
		this.amount = amount;
		this.currency = currency;
		this.receipt = receipt;
		this.notes = notes;
		this.createdAt = createdAt;
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("entity", "order");
		json.put("amount", this.amount);
		json.put("amount_paid", this.amountPaid);
		json.put("amount_due", this.amount - this.amountPaid);
		json.put("currency", this.currency);
		json.put("receipt", this.receipt);
		json.put("offer_id", null);
		json.put("status", this.status);
		json.put("attempts", this.attempts);
		json.put("notes", this.notes.isEmpty() ? java.util.List.of() : this.notes);
		json.put("created_at", this.createdAt);
		return json;
	}

}
