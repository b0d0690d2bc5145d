package com.jainshikanji.notification.order;

import java.util.UUID;

/**
 * An event about an order arrived before anything that says whose it is; it fails and is
 * retried from the retry topic, by when the order's own events have arrived.
 */
public class OrderNotYetKnown extends RuntimeException {

	public OrderNotYetKnown(UUID orderId) {
		super("Order " + orderId + " is not known here yet");
	}

}
