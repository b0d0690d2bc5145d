package com.jainshikanji.sandbox.ledger;

import java.util.List;
import java.util.Map;

/**
 * A webhook event, before it is wrapped and signed.
 *
 * @param name e.g. {@code payment.captured}
 * @param payload the entities it contains, e.g. {@code {"payment": {"entity": {...}}}}
 */
public record Event(String name, Map<String, Object> payload) {

	/** What the event contains, as Razorpay lists it. */
	public List<String> contains() {
		return List.copyOf(this.payload.keySet());
	}

}
