package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Products of a period.
 *
 * @param best the best sellers, by revenue
 * @param worst the worst sellers, by revenue: products sold at these stores before that
 * sold least (or nothing) in the period
 * @param byCategory revenue per category
 */
record ProductsResponse(ScopeResponse scope, LocalDate from, LocalDate to, List<ProductFigure> best,
		List<ProductFigure> worst, List<CategoryFigure> byCategory) {
}
