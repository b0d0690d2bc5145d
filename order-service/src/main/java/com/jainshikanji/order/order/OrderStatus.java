package com.jainshikanji.order.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an order stands. An online order starts {@link #PENDING} until paid; a cash on
 * delivery order starts {@link #CONFIRMED}. Pickup and dine-in orders go from
 * {@link #READY} straight to {@link #DELIVERED}. {@link #DELIVERED}, {@link #CANCELLED}
 * and {@link #REFUNDED} are final, except that a cancelled order whose payment is given
 * back becomes refunded.
 */
public enum OrderStatus implements Coded {

	@JsonProperty("pending")
	PENDING("pending"),

	@JsonProperty("confirmed")
	CONFIRMED("confirmed"),

	@JsonProperty("preparing")
	PREPARING("preparing"),

	@JsonProperty("ready")
	READY("ready"),

	@JsonProperty("out_for_delivery")
	OUT_FOR_DELIVERY("out_for_delivery"),

	@JsonProperty("delivered")
	DELIVERED("delivered"),

	@JsonProperty("cancelled")
	CANCELLED("cancelled"),

	@JsonProperty("refunded")
	REFUNDED("refunded");

	private final String code;

	OrderStatus(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** Whether nothing more happens to an order in this status (a live stream ends). */
	public boolean isFinal() {
		return this == DELIVERED || this == REFUNDED || this == CANCELLED;
	}

	public static OrderStatus fromCode(String code) {
		return Coded.fromCode(OrderStatus.class, code);
	}

	@Override
	public String toString() {
		return this.code;
	}

}
