package com.jainshikanji.review.feedback;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A moderation decision the review is already in: approving an approved review, rejecting
 * a rejected one. The problem names the review's status as {@code currentStatus}.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "illegal-review-transition", title = "Illegal review transition")
class IllegalReviewTransition extends RuntimeException implements ProblemExtensions {

	private final ReviewStatus current;

	IllegalReviewTransition(UUID reviewId, ReviewStatus current, ReviewStatus requested) {
		super("Review " + reviewId + " is " + current + " already and cannot become " + requested + " again");
		this.current = current;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("currentStatus", this.current.name());
	}

}
