package com.jainshikanji.inventory.reservation;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the stock of reservations nobody committed or released within their TTL. Runs
 * on every instance; {@code FOR UPDATE SKIP LOCKED} hands each due reservation to exactly
 * one of them. One reservation per transaction, so a failure affects only that one: a
 * reservation that fails to expire is logged and passed over for the rest of the run (it
 * is tried again at the next), so it cannot hold up those due after it.
 */
@Component
public class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	/**
	 * Bounds one run (reservations expired and failed together), so a long backlog does
	 * not hold the scheduler thread forever.
	 */
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
	 * Expires every reservation due now, except those that fail to: each of them is
	 * logged and left held until a later run.
	 * @return how many this call expired
	 */
	public int expireDue() {
		int expired = 0;
		Set<UUID> failed = new HashSet<>();
		while (expired + failed.size() < MAX_PER_RUN) {
			try {
				if (!this.reservations.expireNextDue(failed)) {
					break;
				}
				expired++;
			}
			catch (ExpiryFailed ex) {
				failed.add(ex.reservationId());
				log.warn("Reservation {} could not be expired; passing over it until the next run", ex.reservationId(),
						ex.getCause());
			}
		}
		if (expired > 0) {
			log.info("Expired {} reservation(s) and returned their stock", expired);
		}
		return expired;
	}

}
