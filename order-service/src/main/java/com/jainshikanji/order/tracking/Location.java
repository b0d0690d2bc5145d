package com.jainshikanji.order.tracking;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A point on the map with what the delivery person said there.
 *
 * @param latitude degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 */
record Location(BigDecimal latitude, BigDecimal longitude, @Nullable String message) {
}
