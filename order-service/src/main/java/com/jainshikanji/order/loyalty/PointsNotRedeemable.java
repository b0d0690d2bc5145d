package com.jainshikanji.order.loyalty;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The loyalty service will not redeem the points asked: more than the balance, or more
 * than points may pay of this order ({@code maxPoints} then says how many may).
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "points-not-redeemable",
		title = "These points cannot be redeemed")
class PointsNotRedeemable extends RuntimeException implements ProblemExtensions {

	private final Map<String, Object> members;

	PointsNotRedeemable(String detail, String rule, Map<String, Object> facts) {
		super(detail);
		this.members = new LinkedHashMap<>();
		this.members.put("field", "pointsToRedeem");
		this.members.put("rule", rule);
		this.members.putAll(facts);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return this.members;
	}

}
