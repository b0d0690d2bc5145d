package com.jainshikanji.loyalty.points;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires lapsed points now and then, one customer per transaction. Safe to run twice or
 * on two instances at once: each customer's expiry locks their account and takes only
 * what lapsed and was not yet taken.
 */
@Component
class PointsExpiry {

	private static final Logger log = LoggerFactory.getLogger(PointsExpiry.class);

	private final Ledger ledger;

	private final PointsLedger points;

	private final Clock clock;

	PointsExpiry(Ledger ledger, PointsLedger points, Clock clock) {
		this.ledger = ledger;
		this.points = points;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${loyalty.expiry-interval:1h}", initialDelayString = "${loyalty.expiry-interval:1h}")
	long run() {
		long expired = 0;
		for (var customerId : this.ledger.customersWithLapsedCredits(this.clock.instant())) {
			expired += this.points.expire(customerId);
		}
		if (expired > 0) {
			log.info("Expired {} lapsed points", expired);
		}
		return expired;
	}

}
