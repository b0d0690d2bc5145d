package com.jainshikanji.review.feedback;

import java.util.Arrays;

import org.springframework.data.domain.Sort;

/** The orders a product's reviews can come in; the wire names are lower case. */
enum ReviewSort {

	/** Most recently written first. */
	NEWEST(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),

	/** Most stars first, newest first among equals. */
	HIGHEST(Sort.by(Sort.Order.desc("content.rating"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),

	/** Fewest stars first, newest first among equals. */
	LOWEST(Sort.by(Sort.Order.asc("content.rating"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),

	/** Most helpful votes first, newest first among equals. */
	MOST_HELPFUL(Sort.by(Sort.Order.desc("helpfulCount"), Sort.Order.desc("createdAt"), Sort.Order.desc("id")));

	/**
	 * A regular expression matching exactly the wire names, for validating a parameter.
	 */
	static final String WIRE_NAMES = "(?i)newest|highest|lowest|most_helpful";

	static final String MESSAGE = "must be one of newest, highest, lowest, most_helpful";

	private final Sort sort;

	ReviewSort(Sort sort) {
		this.sort = sort;
	}

	Sort sort() {
		return this.sort;
	}

	static ReviewSort of(String wireName) {
		return Arrays.stream(values())
			.filter((sort) -> sort.name().equalsIgnoreCase(wireName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown sort " + wireName));
	}

}
