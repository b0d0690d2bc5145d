package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The kitchen asked to start on a scheduled order too long before its time: it may start
 * from {@code startsFrom} (the order's {@code scheduledFor} less the preparation lead).
 * The problem names both instants, so an app can show when to come back to it.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "scheduled-order-not-due",
		title = "Too early to start this scheduled order")
class ScheduledOrderNotDue extends RuntimeException implements ProblemExtensions {

	private final Instant scheduledFor;

	private final Instant startsFrom;

	ScheduledOrderNotDue(String orderNumber, Instant scheduledFor, Instant startsFrom) {
		super("Order " + orderNumber + " is scheduled for " + scheduledFor + ": it can be started from " + startsFrom);
		this.scheduledFor = scheduledFor;
		this.startsFrom = startsFrom;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("scheduledFor", this.scheduledFor.toString(), "startsFrom", this.startsFrom.toString());
	}

}
