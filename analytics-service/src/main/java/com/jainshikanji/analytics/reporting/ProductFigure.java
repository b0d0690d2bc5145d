package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product's sales in a period.
 *
 * @param name the name it was last sold under
 * @param categoryId its category when last sold; names are at
 * {@code GET /api/v1/categories}
 * @param quantity units sold
 * @param orders sales it was part of
 * @param revenue the lines' value in rupees (menu price with options), before tax, fees
 * and discounts, less each refund's share of its order (an order refunded in full sold
 * nothing)
 * @param share its part of all the lines' value in the period, in percent
 * @param rating the mean of its approved reviews' stars, as the review service last said;
 * {@code null} without reviews
 * @param ratingCount how many approved reviews that mean counts
 */
record ProductFigure(UUID productId, String name, @Nullable UUID categoryId, long quantity, long orders,
		BigDecimal revenue, @Nullable BigDecimal share, @Nullable BigDecimal rating, long ratingCount) {
}
