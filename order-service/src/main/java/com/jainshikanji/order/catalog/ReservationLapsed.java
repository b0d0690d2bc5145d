package com.jainshikanji.order.catalog;

import java.util.UUID;

/**
 * The order id already had a reservation that was released or expired: its stock is gone,
 * and the order must be reserved again under a new id (see ADR 6).
 */
public class ReservationLapsed extends RuntimeException {

	ReservationLapsed(UUID orderId, String status) {
		super("The reservation of order " + orderId + " is " + status);
	}

}
