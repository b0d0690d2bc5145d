package com.jainshikanji.order.placement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A time asked for an order that is already past, or further ahead than orders are taken
 * for: a validation failure naming the field. Checked when the order is placed, after the
 * idempotency key, so that a retry of an accepted order gets its answer again however
 * late it comes.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class ScheduleOutOfRange extends RuntimeException implements ProblemExtensions {

	private final String rule;

	private ScheduleOutOfRange(String rule) {
		super("scheduledFor " + rule);
		this.rule = rule;
	}

	static ScheduleOutOfRange past() {
		return new ScheduleOutOfRange("must be in the future (leave it out for as soon as possible)");
	}

	static ScheduleOutOfRange beyond(Duration horizon) {
		// The horizon is configurable: a day and a half must not read as "1 days".
		String span = (horizon.toHours() % 24 == 0) ? horizon.toDays() + " days" : horizon.toHours() + " hours";
		return new ScheduleOutOfRange("must be at most " + span + " ahead");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("scheduledFor", this.rule)));
	}

}
