package com.jainshikanji.loyalty.points;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * An admin asked to adjust their own points. Refused whatever the points or the reason (a
 * 403: the admin may adjust anyone's but their own); another admin makes it.
 */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "own-points-adjustment",
		title = "Admins cannot adjust their own points")
class OwnPointsAdjustment extends RuntimeException implements ProblemExtensions {

	private final UUID customerId;

	OwnPointsAdjustment(UUID customerId) {
		super("customerId " + customerId + " is your own account: another admin must adjust your points");
		this.customerId = customerId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("field", "customerId", "customerId", this.customerId);
	}

}
