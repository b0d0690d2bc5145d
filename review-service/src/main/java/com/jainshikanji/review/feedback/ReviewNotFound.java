package com.jainshikanji.review.feedback;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * No such review, or none the caller may see: a review not (or no longer) approved looks
 * like no review at all to anyone but its author, the store's staff and admins.
 */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "review-not-found", title = "Review not found")
class ReviewNotFound extends RuntimeException {

	ReviewNotFound(UUID reviewId) {
		super("No review " + reviewId);
	}

}
