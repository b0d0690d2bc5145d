package com.jainshikanji.inventory.reservation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the stock of reservations nobody committed or released within their TTL. Runs
 * on every instance; {@code FOR UPDATE SKIP LOCKED} hands each due reservation to exactly
 * one of them. One reservation per transaction, so a failure affects only that one.
 */
@Component
public class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	/** Bounds one run, so a long backlog does not hold the scheduler thread forever. */
	private static final int MAX_PER_RUN = 500;

	private final StockReservations reservations;

	ReservationExpiry(StockReservations reservations) {
		this.reservations = reservations;
	}

	@Scheduled(fixedDelayString = "${inventory.reservations.expiry-interval:30s}",
			initialDelayString = "${inventory.reservations.expiry-interval:30s}")
	void run() {
		try {
			expireDue();
		}
		catch (RuntimeException ex) {
			log.warn("Expiring reservations failed; trying again at the next run", ex);
		}
	}

	/**
	 * Expires every reservation due now.
	 * @return how many this call expired
	 */
	public int expireDue() {
		int expired = 0;
		while (expired < MAX_PER_RUN && this.reservations.expireNextDue()) {
			expired++;
		}
		if (expired > 0) {
			log.info("Expired {} reservation(s) and returned their stock", expired);
		}
		return expired;
	}

}
