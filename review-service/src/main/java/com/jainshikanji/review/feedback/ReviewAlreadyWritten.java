package com.jainshikanji.review.feedback;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The item has a review already: one review per product and order. The problem names it
 * as {@code reviewId}, to edit instead.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "review-already-written", title = "Review already written")
class ReviewAlreadyWritten extends RuntimeException implements ProblemExtensions {

	private final UUID reviewId;

	ReviewAlreadyWritten(UUID orderId, UUID productId, UUID reviewId) {
		super("Product " + productId + " of order " + orderId + " is reviewed already; edit review " + reviewId
				+ " instead");
		this.reviewId = reviewId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("reviewId", this.reviewId.toString());
	}

}
