package com.jainshikanji.review.feedback;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A review's content breaks a rule the request's validation did not catch. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-review", title = "Invalid review")
class InvalidReview extends RuntimeException {

	InvalidReview(String message) {
		super(message);
	}

}
