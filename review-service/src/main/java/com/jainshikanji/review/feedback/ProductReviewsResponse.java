package com.jainshikanji.review.feedback;

import java.util.List;
import java.util.UUID;

import com.jainshikanji.review.rating.RatingSummary;

/**
 * A product's approved reviews, one page, with its rating.
 *
 * @param rating the product's rating from all its approved reviews (whatever the page or
 * the star filter)
 * @param page the page number, from 0
 * @param size the most items a page holds
 */
record ProductReviewsResponse(UUID productId, RatingSummary rating, List<ReviewResponse> items, int page, int size,
		long totalItems, int totalPages) {

}
