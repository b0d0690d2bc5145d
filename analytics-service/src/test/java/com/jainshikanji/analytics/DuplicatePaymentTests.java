package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * An online order paid twice: the order service keeps it paid by the first payment, the
 * payment service refunds the second by itself. That money came in and went back out; it
 * is neither a sale nor a refund of the order, whatever order the events arrive in and
 * however often. A refund of the payment that paid still is one.
 */
@AnalyticsServiceTest
class DuplicatePaymentTests {

	/** Tuesday 10 March, 13:00 in Kolkata. */
	static final Instant PLACED = Instant.parse("2026-03-10T07:30:00Z");

	/** With 5% tax, an order of ₹126. */
	static final Product THALI = Product.of("Mini Thali", "120.00");

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	/** Publishes the order's events and waits until analytics counted them. */
	private void play(ScriptedOrder order, List<IntegrationEvent> events, boolean redeliver) {
		new Events(this.kafka, this.json).play(this.jdbc, order.storeId, events, redeliver);
	}

	@Test
	void aSecondPaymentRefundedInFullLeavesTheSaleWhole() {
		ScriptedOrder order = order("Paid Twice");
		play(order, paidTwice(order), false);

		assertFigures(order, "0.00", 0, order.total());
	}

	@Test
	void theSameEventsInReverseOrderAndRedeliveredGiveTheSameFigures() {
		ScriptedOrder forwards = order("Paid Twice Forwards");
		ScriptedOrder backwards = order("Paid Twice Backwards");
		play(forwards, paidTwice(forwards), false);
		play(backwards, paidTwice(backwards).reversed(), true);

		assertFigures(backwards, "0.00", 0, backwards.total());
		assertThat(sales(backwards).get("totals")).isEqualTo(sales(forwards).get("totals"));
		assertThat(sales(backwards).get("byHourOfWeek")).isEqualTo(sales(forwards).get("byHourOfWeek"));
	}

	@Test
	void aPartialRefundOfThePaymentThatPaidStillReducesNetRevenue() {
		ScriptedOrder order = order("Paid Twice Partly Refunded");
		List<IntegrationEvent> events = new ArrayList<>(paidTwice(order));
		events.addFirst(order.refunded("26.00", Duration.ofDays(1)));
		play(order, events, true);

		assertFigures(order, "26.00", 1, new BigDecimal("100.00"));
	}

	/**
	 * A late capture of another amount completing after the payment that paid, its events
	 * in either order and redelivered: the order was paid what its payment paid.
	 */
	@Test
	void theOrderWasPaidWhatThePaymentThatPaidPaidWhateverCompletedAfterIt() {
		ScriptedOrder forwards = order("Paid Late Forwards");
		ScriptedOrder backwards = order("Paid Late Backwards");
		play(forwards, paidLateFor(forwards, "300.00"), false);
		play(backwards, paidLateFor(backwards, "300.00").reversed(), true);

		for (ScriptedOrder order : List.of(forwards, backwards)) {
			assertThat(this.jdbc.sql("SELECT paid_amount FROM order_facts WHERE order_id = :id")
				.param("id", order.orderId)
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo(order.total());
			assertThat(this.jdbc.sql("SELECT payment_id FROM order_fact_payments WHERE order_id = :id")
				.param("id", order.orderId)
				.query(UUID.class)
				.list()).containsExactly(order.paymentId);
		}
	}

	private static List<IntegrationEvent> paidLateFor(ScriptedOrder order, String amount) {
		return List.of(order.created(), order.paid(Duration.ofMinutes(1)), order.confirmed(Duration.ofMinutes(1)),
				order.paid(UUID.randomUUID(), amount, Duration.ofMinutes(3)));
	}

	private static ScriptedOrder order(String store) {
		return ScriptedOrder.at(StoreService.stub.store(store, "Asia/Kolkata"), PLACED).line(THALI, 1).build();
	}

	/**
	 * As the services publish them: paid by the order's payment and confirmed, then a
	 * second payment captured and refunded in full.
	 */
	private static List<IntegrationEvent> paidTwice(ScriptedOrder order) {
		UUID second = UUID.randomUUID();
		return List.of(order.created(), order.paid(Duration.ofMinutes(1)), order.confirmed(Duration.ofMinutes(1)),
				order.paid(second, Duration.ofMinutes(3)),
				order.refunded(second, order.total().toPlainString(), Duration.ofMinutes(4)));
	}

	private void assertFigures(ScriptedOrder order, String refunds, long refundedOrders, BigDecimal netRevenue) {
		Map<String, Object> sales = sales(order);
		Map<String, Object> totals = Api.object(sales.get("totals"));
		assertThat(Api.number(totals.get("orders"))).isOne();
		assertThat(Api.amount(totals.get("grossRevenue"))).isEqualByComparingTo(order.total());
		assertThat(Api.amount(totals.get("refunds"))).isEqualByComparingTo(refunds);
		assertThat(Api.number(totals.get("refundedOrders"))).isEqualTo(refundedOrders);
		assertThat(Api.amount(totals.get("netRevenue"))).isEqualByComparingTo(netRevenue);
		assertThat(Api.objects(sales.get("byHourOfWeek")).stream().filter((h) -> Api.number(h.get("orders")) > 0))
			.singleElement()
			.satisfies((hour) -> assertThat(Api.amount(hour.get("revenue"))).isEqualByComparingTo(netRevenue));
	}

	private Map<String, Object> sales(ScriptedOrder order) {
		return new Api(this.client).ok(
				"/api/v1/analytics/sales?storeId=" + order.storeId + "&from=2026-03-10&to=2026-03-10",
				TestTokens.admin());
	}

}
