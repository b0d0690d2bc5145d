package com.jainshikanji.analytics.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Figures",
		description = "How the business is doing, per store and period (days in the store's time zone; the last 30 "
				+ "days by default). Admins see every store; a store's managers see that store; everyone else 403. "
				+ "An order counts on the day it was placed; a sale is an order confirmed and not cancelled "
				+ "(nor handed over without its cash on delivery collected: an unpaid delivery); refunds are "
				+ "those of sales; amounts are rupees.")
class FiguresController {

	private final Reporting reporting;

	FiguresController(Reporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/dashboard")
	@Operation(
			summary = "Today, the period and the one before: revenue, orders, cancellations, refunds, uncollected cash, "
					+ "customers",
			description = "Each period's `unpaidDeliveries` and `uncollectedCash` are the sales totals' own (`GET "
					+ "/sales`): cash-on-delivery orders handed over without their cash collected, and what they came "
					+ "to. They are no sales, so in no other figure but `placed`.")
	DashboardResponse dashboard(@Valid @ModelAttribute @ParameterObject AnalyticsQuery query,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reporting.dashboard(user, query);
	}

	@GetMapping("/sales")
	@Operation(summary = "Sales by day, week or month; by store, payment method, delivery type and hour of the week",
			description = "The totals' `unpaidDeliveries` and `uncollectedCash` are cash-on-delivery orders handed "
					+ "over without their cash collected, and what they came to; they are no sales, so in no other "
					+ "figure but `placed`. Each row of `byStore`, `byPaymentMethod` and `byDeliveryType` carries its "
					+ "own (all under `cod` by payment method), and each breakdown's rows add up to the totals'.")
	SalesResponse sales(@Valid @ModelAttribute @ParameterObject AnalyticsQuery query,
			@RequestParam(defaultValue = "day") @Pattern(regexp = Granularity.WIRE_NAMES,
					message = "must be one of day, week, month") String granularity,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reporting.sales(user, query, Granularity.of(granularity));
	}

	@GetMapping("/products")
	@Operation(summary = "Best and worst sellers and revenue by category")
	ProductsResponse products(@Valid @ModelAttribute @ParameterObject AnalyticsQuery query,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reporting.products(user, query, limit);
	}

	@GetMapping("/customers")
	@Operation(summary = "New and returning customers, repeat rate, lifetime value")
	CustomersResponse customers(@Valid @ModelAttribute @ParameterObject AnalyticsQuery query,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reporting.customers(user, query);
	}

	@GetMapping("/funnel")
	@Operation(summary = "The conversion funnel: visits that viewed, added to cart, checked out; orders placed, paid")
	FunnelResponse funnel(@Valid @ModelAttribute @ParameterObject AnalyticsQuery query,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reporting.funnel(user, query);
	}

	@GetMapping("/stores")
	@Operation(summary = "The stores whose figures the caller may see")
	List<StoreResponse> stores(@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reporting.stores(user);
	}

}
