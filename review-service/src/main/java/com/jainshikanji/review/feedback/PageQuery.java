package com.jainshikanji.review.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of a list, bound from the query string.
 *
 * @param page zero-based; 0 when omitted
 * @param size items per page, at most 100; 20 when omitted
 */
record PageQuery(@Nullable @Min(0) @Max(10_000) Integer page, @Nullable @Min(1) @Max(100) Integer size) {

	PageRequest newestFirst() {
		return of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
	}

	PageRequest oldestFirst() {
		return of(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")));
	}

	private PageRequest of(Sort sort) {
		return PageRequest.of((this.page != null) ? this.page : 0, (this.size != null) ? this.size : 20, sort);
	}

}
