package com.jainshikanji.analytics.reporting;

import java.util.List;

/**
 * At a glance: today, the period asked for and the one just before, how they compare, and
 * the products that brought in the most.
 *
 * @param topProducts the five best sellers of the period, by revenue
 */
record DashboardResponse(ScopeResponse scope, PeriodFigures today, PeriodFigures period, PeriodFigures previousPeriod,
		Change change, List<ProductFigure> topProducts) {
}
