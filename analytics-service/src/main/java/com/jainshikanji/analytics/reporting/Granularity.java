package com.jainshikanji.analytics.reporting;

import java.util.Locale;

/** How a sales series is cut: by day, by ISO week (from Monday) or by month. */
enum Granularity {

	DAY, WEEK, MONTH;

	/** The accepted values of the {@code granularity} parameter, in any case. */
	static final String WIRE_NAMES = "(?i)day|week|month";

	/** The unit PostgreSQL's {@code date_trunc} and intervals take. */
	String unit() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Granularity of(String wireName) {
		return valueOf(wireName.toUpperCase(Locale.ROOT));
	}

}
