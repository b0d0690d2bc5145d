package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * in and however often, in the sales totals, the dashboard and the daily sales report;
 * one paid online, which the order service delivers with {@code cashCollected} false, is
 * a sale as ever. And refunds are those of sales, so gross revenue less refunds is net
 * revenue even when a cancelled order was refunded.
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
		UUID store = StoreServiceStub.store("Refunds Of Sales", "Asia/Kolkata");
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

		assertThat(Api.object(Api.object(schemas.get("Kpis")).get("properties"))).containsKeys("unpaidDeliveries",
				"uncollectedCash");
		assertThat(Api.object(Api.object(paths.get("/api/v1/analytics/dashboard")).get("get")).get("description"))
			.asString()
			.contains("uncollectedCash");
		assertThat(
				Api.object(Api.object(paths.get("/api/v1/analytics/reports/{reportId}")).get("get")).get("description"))
			.asString()
			.contains("unpaid_deliveries", "uncollected_cash");
	}

	private static ScriptedOrder order(String store, String paymentMethod) {
		return ScriptedOrder.at(StoreServiceStub.store(store, "Asia/Kolkata"), PLACED)
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
		String csv = new Api(this.client)
			.get("/api/v1/analytics/reports/daily-sales?format=csv&storeId=" + store + "&from=2026-03-12&to=2026-03-12",
					TestTokens.admin())
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines).as("a header and the 12th").hasSize(2);
		List<String> columns = List.of(lines.get(0).split(",", -1));
		List<String> cells = List.of(lines.get(1).split(",", -1));
		assertThat(cells).hasSameSizeAs(columns);
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			row.put(columns.get(i), cells.get(i));
		}
		return row;
	}

	private Map<String, Object> totals(UUID store) {
		return Api.object(new Api(this.client)
			.ok("/api/v1/analytics/sales?storeId=" + store + "&from=2026-03-12&to=2026-03-12", TestTokens.admin())
			.get("totals"));
	}

}
