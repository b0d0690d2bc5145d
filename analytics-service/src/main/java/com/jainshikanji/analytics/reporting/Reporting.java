package com.jainshikanji.analytics.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.analytics.access.AnalyticsAccess;
import com.jainshikanji.analytics.access.Scope;
import com.jainshikanji.analytics.funnel.FunnelCounts;
import com.jainshikanji.analytics.funnel.FunnelFigures;
import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Answers the figures' questions for a caller: decides whose figures they may see, which
 * days the period covers in those stores' time zone, and puts the figures together.
 */
@Service
@Transactional(readOnly = true)
class Reporting {

	private static final int TOP_PRODUCTS = 5;

	private final AnalyticsAccess access;

	private final Figures figures;

	private final FunnelFigures funnel;

	private final Clock clock;

	Reporting(AnalyticsAccess access, Figures figures, FunnelFigures funnel, Clock clock) {
		this.access = access;
		this.figures = figures;
		this.funnel = funnel;
		this.clock = clock;
	}

	DashboardResponse dashboard(AuthenticatedUser user, AnalyticsQuery query) {
		Scope scope = this.access.scope(user, query.storeId());
		LocalDate today = today(scope);
		Period period = query.period(today);
		Period previous = period.previous();
		Kpis current = kpis(scope, period);
		Kpis before = kpis(scope, previous);
		return new DashboardResponse(ScopeResponse.of(scope),
				new PeriodFigures(today, today, kpis(scope, Period.day(today))),
				new PeriodFigures(period.from(), period.to(), current),
				new PeriodFigures(previous.from(), previous.to(), before), Change.between(current, before),
				this.figures.products(scope, period, TOP_PRODUCTS, true));
	}

	SalesResponse sales(AuthenticatedUser user, AnalyticsQuery query, Granularity granularity) {
		Scope scope = this.access.scope(user, query.storeId());
		Period period = query.period(today(scope));
		return new SalesResponse(ScopeResponse.of(scope), period.from(), period.to(), granularity.unit(),
				this.figures.sales(scope, period), this.figures.series(scope, period, granularity),
				this.figures.byStore(scope, period), this.figures.byPaymentMethod(scope, period),
				this.figures.byDeliveryType(scope, period), this.figures.hoursOfTheWeek(scope, period));
	}

	ProductsResponse products(AuthenticatedUser user, AnalyticsQuery query, int limit) {
		Scope scope = this.access.scope(user, query.storeId());
		Period period = query.period(today(scope));
		return new ProductsResponse(ScopeResponse.of(scope), period.from(), period.to(),
				this.figures.products(scope, period, limit, true), this.figures.products(scope, period, limit, false),
				this.figures.categories(scope, period));
	}

	CustomersResponse customers(AuthenticatedUser user, AnalyticsQuery query) {
		Scope scope = this.access.scope(user, query.storeId());
		Period period = query.period(today(scope));
		CustomerCounts counts = this.figures.customers(scope, period);
		return new CustomersResponse(ScopeResponse.of(scope), period.from(), period.to(), counts.active(),
				counts.newCustomers(), counts.active() - counts.newCustomers(), counts.repeat(),
				Kpis.ratio(counts.repeat(), counts.active(), 100),
				scope.everyStore() ? this.figures.registrations(period, scope.timeZone()) : null,
				this.figures.lifetimeValue(scope, period),
				scope.everyStore() ? this.figures.loyalty(period, scope.timeZone()) : null);
	}

	FunnelResponse funnel(AuthenticatedUser user, AnalyticsQuery query) {
		Scope scope = this.access.scope(user, query.storeId());
		Period period = query.period(today(scope));
		FunnelCounts visits = this.funnel.count(scope, period.from(), period.to());
		SalesTotals sales = this.figures.sales(scope, period);
		return new FunnelResponse(ScopeResponse.of(scope), period.from(), period.to(),
				List.of(new FunnelResponse.Step("product_viewed", "Viewed a product", visits.viewedProduct()),
						new FunnelResponse.Step("added_to_cart", "Added to cart", visits.addedToCart()),
						new FunnelResponse.Step("checkout_started", "Started checkout", visits.startedCheckout()),
						new FunnelResponse.Step("order_placed", "Placed an order", sales.placed()),
						new FunnelResponse.Step("order_confirmed", "Paid or confirmed", sales.orders())),
				Kpis.ratio(sales.placed(), visits.viewedProduct(), 100));
	}

	ReportResponse report(AuthenticatedUser user, String reportId, AnalyticsQuery query) {
		Report report = Report.of(reportId).orElseThrow(() -> new ReportNotFound(reportId));
		Scope scope = this.access.scope(user, query.storeId());
		Period period = query.period(today(scope));
		return new ReportResponse(report.id(), report.title(), ScopeResponse.of(scope), period.from(), period.to(),
				report.columns(), List.copyOf(report.rows(this.figures, scope, period)));
	}

	List<StoreResponse> stores(AuthenticatedUser user) {
		return this.access.visibleStores(user)
			.stream()
			.map((store) -> new StoreResponse(store.storeId(), store.name(), store.timeZone().getId()))
			.toList();
	}

	private Kpis kpis(Scope scope, Period period) {
		long sessions = this.funnel.count(scope, period.from(), period.to()).viewedProduct();
		return Kpis.of(this.figures.sales(scope, period), this.figures.customers(scope, period), sessions);
	}

	private LocalDate today(Scope scope) {
		return LocalDate.now(this.clock.withZone(scope.timeZone()));
	}

}
