package com.jainshikanji.loyalty.checkout;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns holds whose order never came (see {@link CheckoutProperties#holdTtl()}), one
 * transaction each. Runs on every instance; safe however many run at once, and alongside
 * the order's events: each release locks its hold first, so a second one finds it
 * released and returns nothing.
 */
@Component
class LapsedHolds {

	private static final Logger log = LoggerFactory.getLogger(LapsedHolds.class);

	private final OrderHolds holds;

	private final Checkout checkout;

	private final CheckoutProperties properties;

	private final Clock clock;

	LapsedHolds(OrderHolds holds, Checkout checkout, CheckoutProperties properties, Clock clock) {
		this.holds = holds;
		this.checkout = checkout;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${loyalty.checkout.hold-check:5m}",
			initialDelayString = "${loyalty.checkout.hold-check:5m}")
	int run() {
		int released = 0;
		for (UUID orderId : this.holds.heldSince(this.clock.instant().minus(this.properties.holdTtl()))) {
			if (this.checkout.release(orderId)) {
				log.warn("Order {} never came; its loyalty hold went back", orderId);
				released++;
			}
		}
		return released;
	}

}
