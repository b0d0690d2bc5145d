package com.jainshikanji.loyalty.checkout;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** More points than may pay for this order: points pay at most a share of it. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "points-exceed-share",
		title = "Too many points for this order")
class PointsExceedShare extends RuntimeException implements ProblemExtensions {

	private final int maxPoints;

	PointsExceedShare(int requested, int maxPoints, BigDecimal share) {
		super(requested + " points asked; at most " + maxPoints + " may pay for this order (points pay up to "
				+ share.movePointRight(2).stripTrailingZeros().toPlainString() + "% of it after its coupon)");
		this.maxPoints = maxPoints;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("maxPoints", this.maxPoints);
	}

}
