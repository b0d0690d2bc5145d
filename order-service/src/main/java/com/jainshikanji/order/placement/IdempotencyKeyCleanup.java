package com.jainshikanji.order.placement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes idempotency keys past their retention. Every instance runs it; deleting the
 * same old rows twice does no harm.
 */
@Component
class IdempotencyKeyCleanup {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

	private final Idempotency idempotency;

	IdempotencyKeyCleanup(Idempotency idempotency) {
		this.idempotency = idempotency;
	}

	@Scheduled(fixedDelayString = "${orders.idempotency.cleanup-interval:1h}",
			initialDelayString = "${orders.idempotency.cleanup-interval:1h}")
	void run() {
		try {
			int forgotten = this.idempotency.forgetExpired();
			if (forgotten > 0) {
				log.info("Forgot {} idempotency key(s) past their retention", forgotten);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Forgetting old idempotency keys failed; trying again at the next run", ex);
		}
	}

}
