package com.jainshikanji.inventory.catalog;

import java.util.Arrays;

/** The orders a product list can come in; the wire names are lower case. */
enum ProductSort {

	/** Best text match first; by name when there is no search text. */
	RELEVANCE,

	/** Cheapest first. */
	PRICE_ASC,

	/** Dearest first. */
	PRICE_DESC,

	/** Best rated first, the most reviewed first among equals. */
	RATING,

	/** Most recently added first. */
	NEWEST,

	/** Alphabetical. */
	NAME;

	/**
	 * A regular expression matching exactly the wire names, for validating a parameter.
	 */
	static final String WIRE_NAMES = "(?i)relevance|price_asc|price_desc|rating|newest|name";

	static final String MESSAGE = "must be one of relevance, price_asc, price_desc, rating, newest, name";

	static ProductSort of(String wireName) {
		return Arrays.stream(values())
			.filter((sort) -> sort.name().equalsIgnoreCase(wireName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown sort " + wireName));
	}

}
