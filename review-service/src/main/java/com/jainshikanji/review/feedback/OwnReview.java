package com.jainshikanji.review.feedback;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Authors cannot vote their own review helpful. */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "own-review", title = "Own review")
class OwnReview extends RuntimeException {

	OwnReview(UUID reviewId) {
		super("Review " + reviewId + " is your own: only other customers can find it helpful");
	}

}
