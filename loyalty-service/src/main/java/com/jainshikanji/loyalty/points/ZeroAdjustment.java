package com.jainshikanji.loyalty.points;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** An adjustment of zero points: nothing to record. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "zero-adjustment", title = "An adjustment moves points")
class ZeroAdjustment extends RuntimeException {

	ZeroAdjustment() {
		super("points must not be zero");
	}

}
