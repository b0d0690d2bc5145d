package com.jainshikanji.analytics.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.jainshikanji.analytics.access.Scope;

/** The named reports: each a table of one kind of figure over a period. */
enum Report {

	DAILY_SALES("daily-sales", "Daily sales per store",
			List.of("day", "store_id", "store", "placed", "orders", "delivered", "cancelled", "items", "gross_revenue",
					"discounts", "refunds", "refunded_orders", "net_revenue", "average_order_value",
					// Later columns go after these: spreadsheets built on the report read
					// them by position.
					"unpaid_deliveries", "uncollected_cash")) {
		@Override
		List<List<Object>> rows(Figures figures, Scope scope, Period period) {
			return figures.dailySalesByStore(scope, period).stream().map((day) -> {
				SalesTotals t = day.totals();
				return row(day.day(), day.storeId(), day.storeName(), t.placed(), t.orders(), t.delivered(),
						t.cancelled(), t.items(), t.grossRevenue(), t.discounts(), t.refunds(), t.refundedOrders(),
						t.netRevenue(), Kpis.ratio(t.grossRevenue(), t.orders(), 1), t.unpaidDeliveries(),
						t.uncollectedCash());
			}).toList();
		}
	},

	PRODUCT_SALES("product-sales", "Sales per product",
			List.of("product_id", "product", "category_id", "quantity", "orders", "revenue", "share_percent")) {
		@Override
		List<List<Object>> rows(Figures figures, Scope scope, Period period) {
			return figures.products(scope, period, 1000, true)
				.stream()
				.map((p) -> row(p.productId(), p.name(), p.categoryId(), p.quantity(), p.orders(), p.revenue(),
						p.share()))
				.toList();
		}
	},

	HOURLY_ORDERS("hourly-orders", "Sales per hour of the week", List.of("day_of_week", "hour", "orders", "revenue")) {
		@Override
		List<List<Object>> rows(Figures figures, Scope scope, Period period) {
			return figures.hoursOfTheWeek(scope, period)
				.stream()
				.map((h) -> row(h.dayOfWeek(), h.hour(), h.orders(), h.revenue()))
				.toList();
		}
	},

	PAYMENT_METHODS("payment-methods", "Sales per payment method and delivery type",
			List.of("payment_method", "delivery_type", "orders", "revenue",
					// Later columns go after these, as in daily-sales.
					"unpaid_deliveries", "uncollected_cash")) {
		@Override
		List<List<Object>> rows(Figures figures, Scope scope, Period period) {
			return figures.byPaymentAndDelivery(scope, period)
				.stream()
				.map((p) -> row(p.paymentMethod(), p.deliveryType(), p.orders(), p.revenue(), p.unpaidDeliveries(),
						p.uncollectedCash()))
				.toList();
		}
	},

	CUSTOMER_VALUE("customer-value", "Customers by lifetime spend",
			List.of("spend_from", "spend_to", "customers", "value")) {
		@Override
		List<List<Object>> rows(Figures figures, Scope scope, Period period) {
			return figures.lifetimeValue(scope, period)
				.stream()
				.map((b) -> row(b.from(), b.to(), b.customers(), b.value()))
				.toList();
		}
	};

	private final String id;

	private final String title;

	private final List<String> columns;

	Report(String id, String title, List<String> columns) {
		this.id = id;
		this.title = title;
		this.columns = columns;
	}

	abstract List<List<Object>> rows(Figures figures, Scope scope, Period period);

	String id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	List<String> columns() {
		return this.columns;
	}

	static Optional<Report> of(String id) {
		return Arrays.stream(values()).filter((report) -> report.id.equals(id)).findFirst();
	}

	/** A row; {@code null} cells stay empty. */
	private static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
	}

}
