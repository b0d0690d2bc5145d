package com.jainshikanji.order.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an order is paid: online through the payment service, or cash on delivery. */
public enum PaymentMethod implements Coded {

	@JsonProperty("upi")
	UPI("upi"),

	@JsonProperty("card")
	CARD("card"),

	@JsonProperty("netbanking")
	NETBANKING("netbanking"),

	@JsonProperty("wallet")
	WALLET("wallet"),

	/** Cash on delivery (or at the counter for pickup and dine-in). */
	@JsonProperty("cod")
	COD("cod");

	private final String code;

	PaymentMethod(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** Paid through the payment service before the order is confirmed. */
	public boolean online() {
		return this != COD;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
