package com.jainshikanji.order.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the order reaches the customer. */
public enum DeliveryType implements Coded {

	/** Taken to the customer's address by one of the store's delivery staff. */
	@JsonProperty("delivery")
	DELIVERY("delivery"),

	/** Collected at the counter. */
	@JsonProperty("pickup")
	PICKUP("pickup"),

	/** Eaten at the store. */
	@JsonProperty("dine-in")
	DINE_IN("dine-in");

	private final String code;

	DeliveryType(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** Whether the order travels to an address (and so goes out for delivery). */
	public boolean toAddress() {
		return this == DELIVERY;
	}

	public static DeliveryType fromCode(String code) {
		return Coded.fromCode(DeliveryType.class, code);
	}

	@Override
	public String toString() {
		return this.code;
	}

}
