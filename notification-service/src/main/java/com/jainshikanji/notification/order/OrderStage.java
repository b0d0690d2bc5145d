package com.jainshikanji.notification.order;

/**
 * How far an order got, as far as notifications go. Stages only move forward; delivered
 * and cancelled are final.
 */
public enum OrderStage {

	/** Known from a later event only, or placed already confirmed (cash on delivery). */
	NONE(0),

	/** Placed, waiting for its online payment. */
	PLACED(1),

	CONFIRMED(2),

	PREPARING(3),

	READY(4),

	OUT_FOR_DELIVERY(5),

	DELIVERED(6),

	CANCELLED(6);

	private final int rank;

	OrderStage(int rank) {
		this.rank = rank;
	}

	boolean isFinal() {
		return this == DELIVERED || this == CANCELLED;
	}

	boolean isBefore(OrderStage other) {
		return this.rank < other.rank;
	}

	/** The stage an order status names, if notifications follow it. */
	public static java.util.Optional<OrderStage> ofStatus(String status) {
		return switch (status.toLowerCase(java.util.Locale.ROOT)) {
			case "confirmed" -> java.util.Optional.of(CONFIRMED);
			case "preparing" -> java.util.Optional.of(PREPARING);
			case "ready" -> java.util.Optional.of(READY);
			case "out_for_delivery" -> java.util.Optional.of(OUT_FOR_DELIVERY);
			case "delivered" -> java.util.Optional.of(DELIVERED);
			case "cancelled" -> java.util.Optional.of(CANCELLED);
			default -> java.util.Optional.empty();
		};
	}

}
