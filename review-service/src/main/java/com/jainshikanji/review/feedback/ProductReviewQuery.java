package com.jainshikanji.review.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;

/**
 * Which of a product's reviews, in which order, one page at a time; bound from the query
 * string, each bad parameter a 400 naming it.
 *
 * @param sort newest (the default), highest, lowest or most_helpful
 * @param rating only reviews of this many stars, 1 to 5
 * @param page zero-based; 0 when omitted
 * @param size reviews per page, at most 50; 10 when omitted
 */
record ProductReviewQuery(@Nullable @Pattern(regexp = ReviewSort.WIRE_NAMES, message = ReviewSort.MESSAGE) String sort,
		@Nullable @Min(1) @Max(5) Integer rating, @Nullable @Min(0) @Max(10_000) Integer page,
		@Nullable @Min(1) @Max(50) Integer size) {

	PageRequest pageRequest() {
		ReviewSort order = ReviewSort.of((this.sort != null) ? this.sort : "newest");
		return PageRequest.of((this.page != null) ? this.page : 0, (this.size != null) ? this.size : 10, order.sort());
	}

}
