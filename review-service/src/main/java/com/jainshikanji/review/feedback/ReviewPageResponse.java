package com.jainshikanji.review.feedback;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of reviews.
 *
 * @param page the page number, from 0
 * @param size the most items a page holds
 */
record ReviewPageResponse(List<ReviewResponse> items, int page, int size, long totalItems, int totalPages) {

	static ReviewPageResponse of(Page<Review> page, Function<Review, ReviewResponse> view) {
		return new ReviewPageResponse(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
