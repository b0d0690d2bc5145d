package com.jainshikanji.store.outlet;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Embeddable;

/**
 * A store's position in WGS 84 degrees, to the eight decimals (about a millimetre) the
 * columns keep.
 */
@Embeddable
record Coordinates(BigDecimal latitude, BigDecimal longitude) {

	static final int SCALE = 8;

	/** Below half the last kept decimal; rounding it needs no arithmetic. */
	private static final BigDecimal NEGLIGIBLE = new BigDecimal("0.000000005");

	Coordinates {
		latitude = degrees(latitude, 90, "latitude");
		longitude = degrees(longitude, 180, "longitude");
	}

	private static BigDecimal degrees(BigDecimal value, int limit, String name) {
		if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
			throw new IllegalArgumentException(name + " must be between -" + limit + " and " + limit);
		}
		// A value like 1e-999999999 would make setScale compute a power of ten with a
		// billion digits.
		return (value.abs().compareTo(NEGLIGIBLE) < 0) ? BigDecimal.ZERO.setScale(SCALE)
				: value.setScale(SCALE, RoundingMode.HALF_UP);
	}

}
