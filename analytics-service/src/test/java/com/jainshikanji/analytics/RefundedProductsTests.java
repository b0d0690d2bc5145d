package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Products sell what net revenue counts: an order refunded in full sold nothing, and a
 * partial refund takes its share of the order's total off each line, so best sellers,
 * their shares and the product-sales report agree with the day's net sales.
 */
@AnalyticsServiceTest
class RefundedProductsTests {

	/** Thursday 12 March, 13:00 in Kolkata. */
	static final Instant PLACED = Instant.parse("2026-03-12T07:30:00Z");

	static final Product FEAST = Product.of("Royal Feast", "1200.00");

	static final Product THALI = Product.of("Mini Thali", "240.00");

	static final Product SHIKANJI = Product.of("Masala Shikanji", "50.00");

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventJson json;

	/**
	 * The day's biggest order given back in full (its refund seen first), one given 10%
	 * back and one kept. Picked up at the counter with no discount, each order's lines
	 * are its total before the 5% tax, so the products' revenue is net revenue before
	 * tax.
	 */
	@Test
	void anOrderRefundedInFullSoldNothingAndProductsAgreeWithNetSales() {
		UUID store = StoreService.stub.store("Refunded Products", "Asia/Kolkata");
		ScriptedOrder full = ScriptedOrder.at(store, PLACED).line(FEAST, 2).build();
		ScriptedOrder partial = ScriptedOrder.at(store, PLACED.plusSeconds(600))
			.line(THALI, 1)
			.line(SHIKANJI, 2)
			.build();
		ScriptedOrder kept = ScriptedOrder.at(store, PLACED.plusSeconds(1200)).line(THALI, 1).build();
		List<IntegrationEvent> events = new ArrayList<>();
		events.add(full.refunded(full.total().toPlainString(), Duration.ofHours(3)));
		for (ScriptedOrder order : List.of(full, partial, kept)) {
			events.addAll(List.of(order.created(), order.paid(Duration.ofMinutes(1)),
					order.confirmed(Duration.ofMinutes(1)), order.delivered(Duration.ofMinutes(30))));
		}
		events.add(partial.refunded("35.70", Duration.ofHours(2)));
		new Events(this.kafka, this.json).play(this.jdbc, store, events, true);

		Map<String, List<Object>> best = new HashMap<>();
		BigDecimal sold = BigDecimal.ZERO;
		for (Map<String, Object> p : Api.objects(products(store).get("best"))) {
			BigDecimal revenue = Api.amount(p.get("revenue")).setScale(2);
			best.put((String) p.get("name"), List.of(Api.number(p.get("quantity")), Api.number(p.get("orders")),
					revenue, Api.amount(p.get("share")).setScale(2)));
			sold = sold.add(revenue);
		}
		// The thali of the order given 10% back is 216.00 and its two shikanjis 90.00.
		assertThat(best).as("quantity, orders, revenue and share; no feast")
			.isEqualTo(Map.of("Mini Thali", List.of(2L, 2L, new BigDecimal("456.00"), new BigDecimal("83.52")),
					"Masala Shikanji", List.of(2L, 1L, new BigDecimal("90.00"), new BigDecimal("16.48"))));

		Map<String, Object> totals = Api.object(new Api(this.client)
			.ok("/api/v1/analytics/sales?storeId=" + store + "&from=2026-03-12&to=2026-03-12", TestTokens.admin())
			.get("totals"));
		BigDecimal net = Api.amount(totals.get("netRevenue"));
		assertThat(net).isEqualByComparingTo(partial.total().subtract(new BigDecimal("35.70")).add(kept.total()));
		assertThat(sold.multiply(new BigDecimal("1.05"))).as("products' revenue with the tax")
			.isEqualByComparingTo(net);

		List<String> report = new Api(this.client)
			.get("/api/v1/analytics/reports/product-sales?format=csv&storeId=" + store
					+ "&from=2026-03-12&to=2026-03-12", TestTokens.admin())
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.lines()
			.toList();
		assertThat(report).as("header, thali, shikanji").hasSize(3);
		assertThat(String.join("\n", report)).doesNotContain(FEAST.id().toString())
			.contains(THALI.id() + ",Mini Thali,")
			.contains(",2,2,456.00,");
	}

	private Map<String, Object> products(UUID store) {
		return new Api(this.client).ok("/api/v1/analytics/products?storeId=" + store + "&from=2026-03-12&to=2026-03-12",
				TestTokens.admin());
	}

}
