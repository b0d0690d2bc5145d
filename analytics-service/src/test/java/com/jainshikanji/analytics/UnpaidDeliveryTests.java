package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.analytics.ScriptedOrder.Product;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money that never came in is no sale: a cash-on-delivery order handed over without the
 * cash collected is counted apart, as cash outstanding, whatever order its events arrive
 * in and however often, in the sales totals and their breakdowns, the dashboard and the
 * daily sales and payment methods reports; one paid online, which the order service
 * delivers with {@code cashCollected} false, is a sale as ever. And refunds are those of
 * sales, so gross revenue less refunds is net revenue even when a cancelled order was
 * refunded.
 */
@AnalyticsServiceTest
class UnpaidDeliveryTests {

	/** Thursday 12 March, 13:00 in Kolkata. */
	static final Instant PLACED = Instant.parse("2026-03-12T07:30:00Z");

	/** With 5% tax and a ₹30 delivery fee, an order of ₹282. */
	static final Product THALI = Product.of("Mini Thali", "240.00");

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCashOrderDeliveredWithoutItsCashIsNoSaleButCashOutstanding() {
		ScriptedOrder order = order("Unpaid Forwards", "cod");
		play(order.storeId, unpaid(order), false);

		Map<String, Object> totals = totals(order.storeId);
		assertThat(Api.number(totals.get("placed"))).isOne();
		assertThat(Api.number(totals.get("orders"))).isZero();
		assertThat(Api.number(totals.get("delivered"))).isZero();
		assertThat(Api.amount(totals.get("grossRevenue"))).isZero();
		assertThat(Api.amount(totals.get("netRevenue"))).isZero();
		assertThat(Api.number(totals.get("unpaidDeliveries"))).isOne();
		assertThat(Api.amount(totals.get("uncollectedCash"))).isEqualByComparingTo(order.total());
		assertThat(outcome(order)).isEqualTo("DELIVERED_UNPAID");
		// The dashboard and the daily sales report show the same cash outstanding.
		Map<String, Object> kpis = dashboard(order.storeId);
		assertThat(Api.number(kpis.get("unpaidDeliveries"))).isOne();
		assertThat(Api.amount(kpis.get("uncollectedCash"))).isEqualByComparingTo(order.total());
		assertThat(Api.amount(kpis.get("revenue"))).isZero();
		Map<String, String> day = dailySalesCsv(order.storeId);
		assertThat(day).containsEntry("orders", "0").containsEntry("unpaid_deliveries", "1");
		assertThat(new BigDecimal(day.get("uncollected_cash"))).isEqualByComparingTo(order.total());
		Map<String, Object> products = new Api(this.client).ok(
				"/api/v1/analytics/products?storeId=" + order.storeId + "&from=2026-03-12&to=2026-03-12",
				TestTokens.admin());
		assertThat(Api.objects(products.get("best"))).as("nothing sold").isEmpty();
	}

	/**
	 * Beside a cash order whose cash was collected and one paid online, the unpaid
	 * delivery shows under its store, cash on delivery and delivery, in the sales
	 * breakdowns and the payment-methods report, and in none of their orders or revenue.
	 */
	@Test
	void theBreakdownsShowTheUnpaidDeliveryUnderItsStoreMethodAndDeliveryType() {
		UUID store = StoreService.stub.store("Unpaid Broken Down", "Asia/Kolkata");
		ScriptedOrder unpaid = ScriptedOrder.at(store, PLACED).paidBy("cod").delivered("30.00").line(THALI, 1).build();
		ScriptedOrder cash = ScriptedOrder.at(store, PLACED.plusSeconds(600)).paidBy("cod").line(THALI, 2).build();
		ScriptedOrder online = ScriptedOrder.at(store, PLACED.plusSeconds(1200)).line(THALI, 1).build();
		List<IntegrationEvent> events = new ArrayList<>(unpaid(unpaid));
		events.addAll(List.of(cash.created(), cash.confirmed(Duration.ZERO), cash.delivered(Duration.ofMinutes(20)),
				cash.paid(Duration.ofMinutes(20))));
		events.addAll(List.of(online.created(), online.paid(Duration.ofMinutes(1)),
				online.confirmed(Duration.ofMinutes(1)), online.delivered(Duration.ofMinutes(30))));
		play(store, events, false);

		Map<String, Object> sales = new Api(this.client)
			.ok("/api/v1/analytics/sales?storeId=" + store + "&from=2026-03-12&to=2026-03-12", TestTokens.admin());
		BigDecimal none = new BigDecimal("0.00");
		assertThat(rows(sales, "byStore")).as("orders, revenue, unpaid deliveries, uncollected cash")
			.isEqualTo(Map.of(store.toString(), List.of(2L, cash.total().add(online.total()), 1L, unpaid.total())));
		assertThat(rows(sales, "byPaymentMethod")).isEqualTo(Map.of("cod",
				List.of(1L, cash.total(), 1L, unpaid.total()), "upi", List.of(1L, online.total(), 0L, none)));
		assertThat(rows(sales, "byDeliveryType")).isEqualTo(Map.of("delivery", List.of(0L, none, 1L, unpaid.total()),
				"pickup", List.of(2L, cash.total().add(online.total()), 0L, none)));

		List<Map<String, String>> report = csv("payment-methods", store);
		assertThat(report.getFirst().keySet()).as("the new columns last: spreadsheets read the others by position")
			.containsExactly("payment_method", "delivery_type", "orders", "revenue", "unpaid_deliveries",
					"uncollected_cash");
		Map<String, List<Object>> methods = new HashMap<>();
		report.forEach((row) -> methods.put(row.get("payment_method") + "/" + row.get("delivery_type"),
				List.of(Long.parseLong(row.get("orders")), new BigDecimal(row.get("revenue")).setScale(2),
						Long.parseLong(row.get("unpaid_deliveries")),
						new BigDecimal(row.get("uncollected_cash")).setScale(2))));
		assertThat(methods).isEqualTo(Map.of("cod/delivery", List.of(0L, none, 1L, unpaid.total()), "cod/pickup",
				List.of(1L, cash.total(), 0L, none), "upi/pickup", List.of(1L, online.total(), 0L, none)));
	}

	@Test
	void theSameEventsInReverseOrderAndRedeliveredGiveTheSameFigures() {
		ScriptedOrder forwards = order("Unpaid In Order", "cod");
		ScriptedOrder backwards = order("Unpaid Backwards", "cod");
		play(forwards.storeId, unpaid(forwards), false);
		play(backwards.storeId, unpaid(backwards).reversed(), true);

		assertThat(outcome(backwards)).isEqualTo("DELIVERED_UNPAID");
		assertThat(totals(backwards.storeId)).isEqualTo(totals(forwards.storeId));
		assertThat(Api.number(totals(backwards.storeId).get("unpaidDeliveries"))).isOne();
	}

	@Test
	void ordersWhoseMoneyCameInAreSalesAsEver() {
		ScriptedOrder online = order("Delivered Online", "upi");
		ScriptedOrder cash = order("Delivered Cash Collected", "cod");
		play(online.storeId, List.of(online.created(), online.paid(Duration.ofMinutes(1)),
				online.confirmed(Duration.ofMinutes(1)), online.delivered(Duration.ofMinutes(40))), false);
		play(cash.storeId, List.of(cash.delivered(Duration.ofMinutes(40)), cash.created(),
				cash.confirmed(Duration.ZERO), cash.paid(Duration.ofMinutes(40))), false);

		assertThat(online.delivered(Duration.ZERO).cashCollected()).as("as the order service sends it").isFalse();
		for (ScriptedOrder order : List.of(online, cash)) {
			Map<String, Object> totals = totals(order.storeId);
			assertThat(Api.number(totals.get("orders"))).isOne();
			assertThat(Api.number(totals.get("delivered"))).isOne();
			assertThat(Api.amount(totals.get("netRevenue"))).isEqualByComparingTo(order.total());
			assertThat(Api.number(totals.get("unpaidDeliveries"))).isZero();
			assertThat(Api.amount(totals.get("uncollectedCash"))).isZero();
			assertThat(outcome(order)).isEqualTo("DELIVERED");
			Map<String, Object> kpis = dashboard(order.storeId);
			assertThat(Api.number(kpis.get("unpaidDeliveries"))).isZero();
			assertThat(Api.amount(kpis.get("uncollectedCash"))).isZero();
			Map<String, String> day = dailySalesCsv(order.storeId);
			assertThat(day).containsEntry("orders", "1").containsEntry("unpaid_deliveries", "0");
			assertThat(new BigDecimal(day.get("uncollected_cash"))).isZero();
		}
	}

	/**
	 * One sale refunded in part and one order cancelled after payment and refunded in
	 * full, its refund seen first: only the sale's refund is a refund of revenue.
	 */
	@Test
	void refundsAreThoseOfSalesSoGrossLessRefundsIsNet() {
		UUID store = StoreService.stub.store("Refunds Of Sales", "Asia/Kolkata");
		ScriptedOrder sale = ScriptedOrder.at(store, PLACED).line(THALI, 1).build();
		ScriptedOrder cancelled = ScriptedOrder.at(store, PLACED.plusSeconds(600)).line(THALI, 2).build();
		List<IntegrationEvent> events = new ArrayList<>();
		events.add(cancelled.refunded(cancelled.total().toPlainString(), Duration.ofMinutes(8)));
		events.addAll(List.of(cancelled.created(), cancelled.paid(Duration.ofMinutes(1)),
				cancelled.confirmed(Duration.ofMinutes(1)), cancelled.cancelled("confirmed", Duration.ofMinutes(6))));
		events.addAll(List.of(sale.created(), sale.paid(Duration.ofMinutes(1)), sale.confirmed(Duration.ofMinutes(1)),
				sale.delivered(Duration.ofMinutes(30)), sale.refunded("50.00", Duration.ofHours(2))));
		play(store, events, true);

		Map<String, Object> totals = totals(store);
		assertThat(Api.number(totals.get("orders"))).isOne();
		assertThat(Api.number(totals.get("cancelled"))).isOne();
		assertThat(Api.amount(totals.get("grossRevenue"))).isEqualByComparingTo(sale.total());
		assertThat(Api.amount(totals.get("refunds"))).isEqualByComparingTo("50.00");
		assertThat(Api.number(totals.get("refundedOrders"))).isOne();
		assertThat(Api.amount(totals.get("netRevenue")))
			.isEqualByComparingTo(sale.total().subtract(new BigDecimal("50.00")))
			.isEqualByComparingTo(Api.amount(totals.get("grossRevenue")).subtract(Api.amount(totals.get("refunds"))));
	}

	@Test
	void theApiDocsTellWhereUncollectedCashIsShown() {
		Map<String, Object> docs = Api.json(new Api(this.client).get("/v3/api-docs", null), 200);
		Map<String, Object> paths = Api.object(docs.get("paths"));
		Map<String, Object> schemas = Api.object(Api.object(docs.get("components")).get("schemas"));

		for (String schema : List.of("Kpis", "Breakdown")) {
			assertThat(Api.object(Api.object(schemas.get(schema)).get("properties"))).as(schema)
				.containsKeys("unpaidDeliveries", "uncollectedCash");
		}
		assertThat(Api.object(Api.object(paths.get("/api/v1/analytics/dashboard")).get("get")).get("description"))
			.asString()
			.contains("uncollectedCash");
		assertThat(Api.object(Api.object(paths.get("/api/v1/analytics/sales")).get("get")).get("description"))
			.asString()
			.contains("uncollectedCash", "byStore", "byPaymentMethod", "byDeliveryType");
		assertThat(
				Api.object(Api.object(paths.get("/api/v1/analytics/reports/{reportId}")).get("get")).get("description"))
			.asString()
			.contains("unpaid_deliveries", "uncollected_cash", "payment-methods");
	}

	private static ScriptedOrder order(String store, String paymentMethod) {
		return ScriptedOrder.at(StoreService.stub.store(store, "Asia/Kolkata"), PLACED)
			.paidBy(paymentMethod)
			.delivered("30.00")
			.line(THALI, 1)
			.build();
	}

	/**
	 * As the order service publishes them: placed for cash on delivery (confirmed at
	 * once), moved along, delivered with the cash not collected. The payment service
	 * books no payment.
	 */
	private static List<IntegrationEvent> unpaid(ScriptedOrder order) {
		return List.of(order.created(), order.confirmed(Duration.ZERO),
				order.changed("confirmed", "preparing", 2, Duration.ofMinutes(2)),
				order.changed("out_for_delivery", "delivered", 5, Duration.ofMinutes(40)),
				order.deliveredUnpaid(Duration.ofMinutes(40)));
	}

	/** Publishes the store's events and waits until analytics counted them. */
	private void play(UUID store, List<IntegrationEvent> events, boolean redeliver) {
		new Events(this.kafka, this.json).play(this.jdbc, store, events, redeliver);
	}

	private String outcome(ScriptedOrder order) {
		return this.jdbc.sql("SELECT outcome FROM order_facts WHERE order_id = :id")
			.param("id", order.orderId)
			.query(String.class)
			.single();
	}

	/** The dashboard's figures of the 12th. */
	private Map<String, Object> dashboard(UUID store) {
		return Api.object(Api.object(new Api(this.client)
			.ok("/api/v1/analytics/dashboard?storeId=" + store + "&from=2026-03-12&to=2026-03-12", TestTokens.admin())
			.get("period")).get("figures"));
	}

	/** The daily sales report's one row, as CSV, by column. */
	private Map<String, String> dailySalesCsv(UUID store) {
		List<Map<String, String>> rows = csv("daily-sales", store);
		assertThat(rows).as("the 12th").hasSize(1);
		return rows.getFirst();
	}

	/** A report's rows of the 12th, as CSV, each by column in the header's order. */
	private List<Map<String, String>> csv(String report, UUID store) {
		String csv = new Api(this.client)
			.get("/api/v1/analytics/reports/" + report + "?format=csv&storeId=" + store
					+ "&from=2026-03-12&to=2026-03-12", TestTokens.admin())
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		List<String> columns = List.of(lines.get(0).split(",", -1));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> cells = List.of(line.split(",", -1));
			assertThat(cells).hasSameSizeAs(columns);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				row.put(columns.get(i), cells.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A sales breakdown's rows by key: orders, revenue, unpaid deliveries and uncollected
	 * cash.
	 */
	private static Map<String, List<Object>> rows(Map<String, Object> sales, String breakdown) {
		Map<String, List<Object>> rows = new HashMap<>();
		Api.objects(sales.get(breakdown))
			.forEach((row) -> rows.put((String) row.get("key"),
					List.of(Api.number(row.get("orders")), Api.amount(row.get("revenue")).setScale(2),
							Api.number(row.get("unpaidDeliveries")),
							Api.amount(row.get("uncollectedCash")).setScale(2))));
		return rows;
	}

	private Map<String, Object> totals(UUID store) {
		return Api.object(new Api(this.client)
			.ok("/api/v1/analytics/sales?storeId=" + store + "&from=2026-03-12&to=2026-03-12", TestTokens.admin())
			.get("totals"));
	}

}
