package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.analytics.access.Scope;

/**
 * The figures, read from the rollups (sales, products, hours) or, for customers, from the
 * order facts themselves (whether a customer is new depends on all their orders).
 */
@Component
@Transactional(readOnly = true)
class Figures {

	/** Lower bounds of the lifetime value buckets, in rupees. */
	static final List<BigDecimal> LIFETIME_BUCKETS = List.of(BigDecimal.ZERO, BigDecimal.valueOf(250),
			BigDecimal.valueOf(500), BigDecimal.valueOf(1000), BigDecimal.valueOf(2500), BigDecimal.valueOf(5000));

	private static final String SALES_SUMS = """
			COALESCE(sum(placed), 0) AS placed, COALESCE(sum(orders), 0) AS orders,
			COALESCE(sum(delivered), 0) AS delivered, COALESCE(sum(cancelled), 0) AS cancelled,
			COALESCE(sum(items), 0) AS items, COALESCE(sum(gross_revenue), 0) AS gross_revenue,
			COALESCE(sum(discounts), 0) AS discounts, COALESCE(sum(refunds), 0) AS refunds,
			COALESCE(sum(refunded_orders), 0) AS refunded_orders, COALESCE(sum(net_revenue), 0) AS net_revenue,
			COALESCE(sum(unpaid_deliveries), 0) AS unpaid_deliveries,
			COALESCE(sum(uncollected_cash), 0) AS uncollected_cash
			""";

	private final JdbcClient jdbc;

	Figures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SalesTotals sales(Scope scope, Period period) {
		return this.jdbc
			.sql("SELECT " + SALES_SUMS + " FROM sales_daily WHERE store_id IN (:stores) AND day BETWEEN :from AND :to")
			.params(params(scope, period))
			.query(Figures::totals)
			.single();
	}

	List<SeriesPoint> series(Scope scope, Period period, Granularity granularity) {
		Map<String, Object> params = params(scope, period);
		params.put("unit", granularity.unit());
		return this.jdbc.sql("""
				WITH periods AS (
				    SELECT generate_series(date_trunc(:unit, CAST(:from AS timestamp)), CAST(:to AS timestamp),
				                           CAST('1 ' || :unit AS interval))::date AS period)
				SELECT p.period, COALESCE(sum(s.placed), 0) AS placed, COALESCE(sum(s.orders), 0) AS orders,
				       COALESCE(sum(s.cancelled), 0) AS cancelled, COALESCE(sum(s.gross_revenue), 0) AS gross_revenue,
				       COALESCE(sum(s.refunds), 0) AS refunds, COALESCE(sum(s.net_revenue), 0) AS net_revenue
				FROM periods p
				LEFT JOIN sales_daily s ON date_trunc(:unit, CAST(s.day AS timestamp))::date = p.period
				     AND s.store_id IN (:stores) AND s.day BETWEEN :from AND :to
				GROUP BY p.period
				ORDER BY p.period
				""")
			.params(params)
			.query((rs, row) -> new SeriesPoint(rs.getDate("period").toLocalDate(), rs.getLong("placed"),
					rs.getLong("orders"), rs.getLong("cancelled"), rs.getBigDecimal("gross_revenue"),
					rs.getBigDecimal("refunds"), rs.getBigDecimal("net_revenue")))
			.list();
	}

	List<Breakdown> byStore(Scope scope, Period period) {
		return breakdown(scope, period, "CAST(s.store_id AS text)", "max(d.name)");
	}

	List<Breakdown> byPaymentMethod(Scope scope, Period period) {
		return breakdown(scope, period, "s.payment_method", "NULL");
	}

	List<Breakdown> byDeliveryType(Scope scope, Period period) {
		return breakdown(scope, period, "s.delivery_type", "NULL");
	}

	private List<Breakdown> breakdown(Scope scope, Period period, String key, String label) {
		return this.jdbc.sql("SELECT " + key + " AS key, " + label + """
				 AS label, sum(s.placed) AS placed, sum(s.orders) AS orders, sum(s.cancelled) AS cancelled,
				       sum(s.gross_revenue) AS gross_revenue, sum(s.net_revenue) AS net_revenue,
				       sum(s.unpaid_deliveries) AS unpaid_deliveries, sum(s.uncollected_cash) AS uncollected_cash
				FROM sales_daily s
				LEFT JOIN store_directory d ON d.store_id = s.store_id
				WHERE s.store_id IN (:stores) AND s.day BETWEEN :from AND :to
				GROUP BY 1
				ORDER BY net_revenue DESC, key
				""")
			.params(params(scope, period))
			.query((rs, row) -> new Breakdown(rs.getString("key"), rs.getString("label"), rs.getLong("placed"),
					rs.getLong("orders"), rs.getLong("cancelled"), rs.getBigDecimal("gross_revenue"),
					rs.getBigDecimal("net_revenue"), rs.getLong("unpaid_deliveries"),
					rs.getBigDecimal("uncollected_cash")))
			.list();
	}

	/** Every hour of the week, Monday 00:00 first, hours without sales included. */
	List<HourFigure> hoursOfTheWeek(Scope scope, Period period) {
		Map<Integer, HourFigure> found = new HashMap<>();
		this.jdbc.sql("""
				SELECT CAST(extract(ISODOW FROM day) AS int) AS dow, hour, sum(orders) AS orders,
				       sum(revenue) AS revenue
				FROM hourly_sales
				WHERE store_id IN (:stores) AND day BETWEEN :from AND :to
				GROUP BY 1, 2
				""")
			.params(params(scope, period))
			.query((rs, row) -> new HourFigure(rs.getInt("dow"), rs.getInt("hour"), rs.getLong("orders"),
					rs.getBigDecimal("revenue")))
			.list()
			.forEach((hour) -> found.put(hour.dayOfWeek() * 24 + hour.hour(), hour));
		List<HourFigure> week = new ArrayList<>(7 * 24);
		for (int day = 1; day <= 7; day++) {
			for (int hour = 0; hour < 24; hour++) {
				week.add(found.getOrDefault(day * 24 + hour, new HourFigure(day, hour, 0, BigDecimal.ZERO)));
			}
		}
		return week;
	}

	/** The products that brought in the most (or, {@code best} false, the least). */
	List<ProductFigure> products(Scope scope, Period period, int limit, boolean best) {
		Map<String, Object> params = params(scope, period);
		params.put("limit", limit);
		// The least sold include products that sold nothing in the period but did before.
		return this.jdbc
			.sql("""
					WITH known AS (
					    SELECT product_id, (array_agg(product_name ORDER BY day DESC))[1] AS name,
					           (array_agg(category_id ORDER BY day DESC))[1] AS category_id
					    FROM product_daily WHERE store_id IN (:stores) AND day <= :to
					    GROUP BY product_id),
					sold AS (
					    SELECT product_id, sum(quantity) AS quantity, sum(orders) AS orders, sum(revenue) AS revenue
					    FROM product_daily WHERE store_id IN (:stores) AND day BETWEEN :from AND :to
					    GROUP BY product_id),
					everything AS (SELECT COALESCE(sum(revenue), 0) AS revenue FROM sold)
					SELECT k.product_id, k.name, k.category_id, COALESCE(s.quantity, 0) AS quantity,
					       COALESCE(s.orders, 0) AS orders, COALESCE(s.revenue, 0) AS revenue,
					       CASE WHEN e.revenue > 0 THEN round(COALESCE(s.revenue, 0) * 100 / e.revenue, 2) END AS share,
					       r.average AS rating, COALESCE(r.review_count, 0) AS rating_count
					FROM known k
					LEFT JOIN sold s ON s.product_id = k.product_id
					LEFT JOIN product_ratings r ON r.product_id = k.product_id
					CROSS JOIN everything e
					""" + (best ? "WHERE s.product_id IS NOT NULL ORDER BY revenue DESC, quantity DESC, k.name"
					: "ORDER BY revenue, quantity, k.name") + " LIMIT :limit")
			.params(params)
			.query((rs, row) -> new ProductFigure(rs.getObject("product_id", UUID.class), rs.getString("name"),
					rs.getObject("category_id", UUID.class), rs.getLong("quantity"), rs.getLong("orders"),
					rs.getBigDecimal("revenue"), rs.getBigDecimal("share"), rs.getBigDecimal("rating"),
					rs.getLong("rating_count")))
			.list();
	}

	List<CategoryFigure> categories(Scope scope, Period period) {
		return this.jdbc
			.sql("""
					WITH sold AS (
					    SELECT category_id, sum(quantity) AS quantity, sum(revenue) AS revenue
					    FROM product_daily WHERE store_id IN (:stores) AND day BETWEEN :from AND :to
					    GROUP BY category_id)
					SELECT category_id, quantity, revenue,
					       CASE WHEN sum(revenue) OVER () > 0 THEN round(revenue * 100 / sum(revenue) OVER (), 2) END AS share
					FROM sold
					ORDER BY revenue DESC
					""")
			.params(params(scope, period))
			.query((rs, row) -> new CategoryFigure(rs.getObject("category_id", UUID.class), rs.getLong("quantity"),
					rs.getBigDecimal("revenue"), rs.getBigDecimal("share")))
			.list();
	}

	/**
	 * Customers with sales in the period; new are those whose first sale at these stores
	 * ever was in it.
	 */
	CustomerCounts customers(Scope scope, Period period) {
		return this.jdbc.sql("""
				WITH sales AS (
				    SELECT customer_id, local_day FROM order_facts_local
				    WHERE sale AND customer_id IS NOT NULL AND store_id IN (:stores) AND local_day <= :to),
				firsts AS (SELECT customer_id, min(local_day) AS first_day FROM sales GROUP BY customer_id),
				active AS (
				    SELECT customer_id, count(*) AS orders FROM sales WHERE local_day >= :from GROUP BY customer_id)
				SELECT count(*) AS active, count(*) FILTER (WHERE f.first_day >= :from) AS new_customers,
				       count(*) FILTER (WHERE a.orders >= 2) AS repeat
				FROM active a JOIN firsts f ON f.customer_id = a.customer_id
				""")
			.params(params(scope, period))
			.query((rs, row) -> new CustomerCounts(rs.getLong("active"), rs.getLong("new_customers"),
					rs.getLong("repeat")))
			.single();
	}

	/** Customers by lifetime spend at these stores, up to the period's end. */
	List<LifetimeBucket> lifetimeValue(Scope scope, Period period) {
		Map<Integer, LifetimeBucket> found = new HashMap<>();
		Map<String, Object> params = params(scope, period);
		params.put("bounds", LIFETIME_BUCKETS.subList(1, LIFETIME_BUCKETS.size()));
		this.jdbc.sql("""
				WITH spend AS (
				    SELECT customer_id, sum(total - refunded) AS value FROM order_facts_local
				    WHERE sale AND customer_id IS NOT NULL AND store_id IN (:stores) AND local_day <= :to
				    GROUP BY customer_id)
				SELECT width_bucket(value, ARRAY[:bounds]::numeric[]) AS bucket, count(*) AS customers,
				       sum(value) AS value
				FROM spend GROUP BY 1
				""").params(params).query((rs, row) -> {
			int bucket = rs.getInt("bucket");
			return Map.entry(bucket, new LifetimeBucket(LIFETIME_BUCKETS.get(bucket), upper(bucket),
					rs.getLong("customers"), rs.getBigDecimal("value")));
		}).list().forEach((entry) -> found.put(entry.getKey(), entry.getValue()));
		List<LifetimeBucket> buckets = new ArrayList<>();
		for (int bucket = 0; bucket < LIFETIME_BUCKETS.size(); bucket++) {
			buckets.add(found.getOrDefault(bucket,
					new LifetimeBucket(LIFETIME_BUCKETS.get(bucket), upper(bucket), 0, BigDecimal.ZERO)));
		}
		return buckets;
	}

	/** Accounts opened in the period (the platform's, not a store's). */
	long registrations(Period period, ZoneId zone) {
		return this.jdbc.sql("""
				SELECT count(*) FROM customer_facts
				WHERE registered_at >= :start AND registered_at < :end
				""")
			.param("start", Timestamp.from(period.from().atStartOfDay(zone).toInstant()))
			.param("end", Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Loyalty points earned and redeemed in the period, and customers per tier at its end
	 * (the platform's: points are not a store's). Earned counts earnings and campaign
	 * bonuses; redeemed counts redemptions net of those returned when their order was
	 * cancelled. Reversals, expiries and adjustments move balances but are neither.
	 */
	LoyaltyFigures loyalty(Period period, ZoneId zone) {
		Timestamp start = Timestamp.from(period.from().atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant());
		LoyaltyFigures points = this.jdbc.sql("""
				SELECT COALESCE(sum(change) FILTER (WHERE reason IN ('earn', 'bonus')), 0) AS earned,
				       COALESCE(-sum(change) FILTER (WHERE reason IN ('redeem', 'release')), 0) AS redeemed
				FROM loyalty_point_facts WHERE changed_at >= :start AND changed_at < :end
				""")
			.param("start", start)
			.param("end", end)
			.query((rs, row) -> new LoyaltyFigures(rs.getLong("earned"), rs.getLong("redeemed"), 0, 0, Map.of()))
			.single();
		LoyaltyFigures changes = this.jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE rank_new > rank_previous) AS upgrades,
					       count(*) FILTER (WHERE rank_new < rank_previous) AS downgrades
					FROM (SELECT array_position(ARRAY['BRONZE', 'SILVER', 'GOLD', 'PLATINUM'], new_tier) AS rank_new,
					             array_position(ARRAY['BRONZE', 'SILVER', 'GOLD', 'PLATINUM'], previous_tier) AS rank_previous
					      FROM loyalty_tier_changes WHERE changed_at >= :start AND changed_at < :end) c
					""")
			.param("start", start)
			.param("end", end)
			.query((rs, row) -> new LoyaltyFigures(0, 0, rs.getLong("upgrades"), rs.getLong("downgrades"), Map.of()))
			.single();
		Map<String, Long> tiers = new LinkedHashMap<>();
		LoyaltyFigures.TIERS.forEach((tier) -> tiers.put(tier, 0L));
		this.jdbc.sql("""
				SELECT tier, count(*) AS customers FROM (
				    SELECT DISTINCT ON (customer_id) tier FROM loyalty_point_facts WHERE changed_at < :end
				    ORDER BY customer_id, revision DESC) latest
				GROUP BY tier
				""")
			.param("end", end)
			.query((rs, row) -> Map.entry(rs.getString("tier"), rs.getLong("customers")))
			.list()
			.forEach((entry) -> tiers.put(entry.getKey(), entry.getValue()));
		return new LoyaltyFigures(points.pointsEarned(), points.pointsRedeemed(), changes.tierUpgrades(),
				changes.tierDowngrades(), tiers);
	}

	/** Daily sales per store, for the daily sales report. */
	List<StoreDay> dailySalesByStore(Scope scope, Period period) {
		return this.jdbc.sql("""
				SELECT s.day, s.store_id, max(d.name) AS store_name,
				       sum(s.placed) AS placed, sum(s.orders) AS orders, sum(s.delivered) AS delivered,
				       sum(s.cancelled) AS cancelled, sum(s.items) AS items, sum(s.gross_revenue) AS gross_revenue,
				       sum(s.discounts) AS discounts, sum(s.refunds) AS refunds,
				       sum(s.refunded_orders) AS refunded_orders, sum(s.net_revenue) AS net_revenue,
				       sum(s.unpaid_deliveries) AS unpaid_deliveries, sum(s.uncollected_cash) AS uncollected_cash
				FROM sales_daily s LEFT JOIN store_directory d ON d.store_id = s.store_id
				WHERE s.store_id IN (:stores) AND s.day BETWEEN :from AND :to
				GROUP BY s.day, s.store_id
				ORDER BY s.day, store_name, s.store_id
				""")
			.params(params(scope, period))
			.query((rs, row) -> new StoreDay(rs.getDate("day").toLocalDate(), rs.getObject("store_id", UUID.class),
					rs.getString("store_name"), totals(rs, row)))
			.list();
	}

	/** Sales by payment method and delivery type together, for the payments report. */
	List<PaymentAndDelivery> byPaymentAndDelivery(Scope scope, Period period) {
		return this.jdbc.sql("""
				SELECT payment_method, delivery_type, sum(orders) AS orders, sum(net_revenue) AS net_revenue,
				       sum(unpaid_deliveries) AS unpaid_deliveries, sum(uncollected_cash) AS uncollected_cash
				FROM sales_daily WHERE store_id IN (:stores) AND day BETWEEN :from AND :to
				GROUP BY 1, 2 ORDER BY 1, 2
				""")
			.params(params(scope, period))
			.query((rs, row) -> new PaymentAndDelivery(rs.getString("payment_method"), rs.getString("delivery_type"),
					rs.getLong("orders"), rs.getBigDecimal("net_revenue"), rs.getLong("unpaid_deliveries"),
					rs.getBigDecimal("uncollected_cash")))
			.list();
	}

	/** One store's sales of one day. */
	record StoreDay(LocalDate day, UUID storeId, @Nullable String storeName, SalesTotals totals) {
	}

	/**
	 * Sales paid one way and handed over one way, and the cash-on-delivery orders handed
	 * over that way without their cash collected (no sales: see {@link SalesTotals}).
	 */
	record PaymentAndDelivery(String paymentMethod, String deliveryType, long orders, BigDecimal revenue,
			long unpaidDeliveries, BigDecimal uncollectedCash) {
	}

	private static @Nullable BigDecimal upper(int bucket) {
		return (bucket + 1 < LIFETIME_BUCKETS.size()) ? LIFETIME_BUCKETS.get(bucket + 1) : null;
	}

	private static SalesTotals totals(ResultSet rs, int row) throws SQLException {
		return new SalesTotals(rs.getLong("placed"), rs.getLong("orders"), rs.getLong("delivered"),
				rs.getLong("cancelled"), rs.getLong("items"), rs.getBigDecimal("gross_revenue"),
				rs.getBigDecimal("discounts"), rs.getBigDecimal("refunds"), rs.getLong("refunded_orders"),
				rs.getBigDecimal("net_revenue"), rs.getLong("unpaid_deliveries"), rs.getBigDecimal("uncollected_cash"));
	}

	private static Map<String, Object> params(Scope scope, Period period) {
		Map<String, Object> params = new HashMap<>();
		params.put("stores", scope.storesForQuery());
		params.put("from", Date.valueOf(period.from()));
		params.put("to", Date.valueOf(period.to()));
		return params;
	}

}
