package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A category's sales in a period (lines' value, before tax, fees and discounts).
 *
 * @param categoryId {@code null} for products sold without a category
 */
record CategoryFigure(@Nullable UUID categoryId, long quantity, BigDecimal revenue, @Nullable BigDecimal share) {
}
