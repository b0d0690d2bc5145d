package com.jainshikanji.order.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the money for an order stands, apart from the order's own status: a cancelled
 * order may still have been paid (and then awaits its refund), or had nothing paid
 * ({@code cancelled}), or its payment failed.
 */
public enum PaymentStatus implements Coded {

	/** Not paid yet: awaiting the online payment, or cash on delivery. */
	@JsonProperty("pending")
	PENDING("pending"),

	/** Reserved by the spec for a payment in flight; the payment service tracks that. */
	@JsonProperty("processing")
	PROCESSING("processing"),

	@JsonProperty("completed")
	COMPLETED("completed"),

	/** The online payment was declined, or cash was not collected on delivery. */
	@JsonProperty("failed")
	FAILED("failed"),

	@JsonProperty("refunded")
	REFUNDED("refunded"),

	/**
	 * The order was cancelled with nothing paid: nothing was or will be taken (cash on
	 * delivery never collected, an online payment never made). A payment that completes
	 * after all makes it {@code completed}, and is refunded.
	 */
	@JsonProperty("cancelled")
	CANCELLED("cancelled");

	private final String code;

	PaymentStatus(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
