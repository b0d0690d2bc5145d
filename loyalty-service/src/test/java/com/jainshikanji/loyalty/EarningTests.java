package com.jainshikanji.loyalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Points earned on delivery: one per ₹10 of the total, times the tier multiplier; once
 * per order however often the event comes; taken back on a refund in proportion to the
 * money refunded, once per refund (all of it, and never earned after, on a full refund);
 * every change a ledger row with the balance after it; tiers move at their thresholds and
 * say so on the loyalty topic.
 */
@LoyaltyServiceTest
class EarningTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	OrderEvents events;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.events = new OrderEvents(this.kafka, this.json);
	}

	@Test
	void aDeliveredOrderEarnsOnePointPerTenRupeesOnceHoweverOftenItIsDelivered() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();

		EventEnvelope delivered = this.events.delivered(order, customer, "259.90");
		awaitBalance(customer, 25);
		this.events.redeliver(Topics.ORDER, delivered);
		this.events.delivered(order, customer, "259.90");
		UUID marker = UUID.randomUUID();
		this.events.delivered(marker, customer, "10.00");
		awaitBalance(customer, 26);

		assertThat(entries(customer, order)).containsExactly("earn:25:25");
	}

	/**
	 * Cash on delivery earns only when the cash was collected: a customer who refuses to
	 * pay at the door banks nothing, however often, whether the delivery is seen after
	 * its confirmation or before it, or twice. An order paid online earns though the
	 * order service delivers it with {@code cashCollected} false.
	 */
	@Test
	void cashOnDeliveryEarnsOnlyWhenTheCashWasCollected() {
		UUID customer = UUID.randomUUID();
		UUID refused = UUID.randomUUID();
		UUID refusedFirst = UUID.randomUUID();
		UUID collected = UUID.randomUUID();
		UUID online = UUID.randomUUID();

		List<EventEnvelope> unpaid = new java.util.ArrayList<>();
		unpaid.add(this.events.confirmed(refused, customer));
		unpaid.add(this.events.deliveredForCash(refused, customer, "267.00", false));
		// Delivered before its confirmation is seen, and delivered again.
		EventEnvelope deliveredFirst = this.events.deliveredForCash(refusedFirst, customer, "400.00", false);
		unpaid.add(deliveredFirst);
		unpaid.add(this.events.confirmed(refusedFirst, customer));
		this.events.redeliver(Topics.ORDER, deliveredFirst);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id IN (:ids)")
						.param("ids", unpaid.stream().map(EventEnvelope::eventId).toList())
						.query(Long.class)
						.single())
				.as("events applied")
				.isEqualTo(unpaid.size()));

		this.events.confirmed(collected, customer);
		this.events.deliveredForCash(collected, customer, "150.00", true);
		this.events.delivered(online, customer, "120.00");
		awaitBalance(customer, 27);

		assertThat(entries(customer, refused)).isEmpty();
		assertThat(entries(customer, refusedFirst)).isEmpty();
		assertThat(entries(customer, collected)).containsExactly("earn:15:15");
		assertThat(entries(customer, online)).singleElement().asString().startsWith("earn:12:");
	}

	@Test
	void aFullRefundTakesBackWhatTheOrderEarnedAndItEarnsNothingAfterwards() {
		UUID customer = UUID.randomUUID();
		UUID earned = UUID.randomUUID();
		UUID refundedFirst = UUID.randomUUID();
		this.events.delivered(earned, customer, "500.00");
		awaitBalance(customer, 50);

		EventEnvelope refund = this.events.refunded(earned, "500.00", true);
		awaitBalance(customer, 0);
		this.events.redeliver(Topics.PAYMENT, refund);
		// Refunded before its delivery was seen (the two topics are not ordered).
		this.events.confirmed(refundedFirst, customer);
		this.events.refunded(refundedFirst, "80.00", true);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM refunded_orders WHERE order_id = :id")
				.param("id", refundedFirst)
				.query(Long.class)
				.single() == 1);
		this.events.delivered(refundedFirst, customer, "80.00");
		this.events.delivered(UUID.randomUUID(), customer, "30.00");
		awaitBalance(customer, 3);

		assertThat(entries(customer, earned)).containsExactly("earn:50:50", "reversal:-50:0");
		assertThat(entries(customer, refundedFirst)).isEmpty();
	}

	@Test
	void aPartialRefundTakesBackItsShareOnceAndRefundsAddingUpToTheTotalTakeBackEverything() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.events.delivered(order, customer, "200.00");
		awaitBalance(customer, 20);

		UUID quarter = UUID.randomUUID();
		EventEnvelope refund = this.events.refunded(quarter, order, "50.00", false);
		awaitBalance(customer, 15);
		// The same event again, and the same refund in a new event: neither takes more
		// (the order's payment events share a partition, so they are seen before the
		// next).
		this.events.redeliver(Topics.PAYMENT, refund);
		this.events.refunded(quarter, order, "50.00", false);

		// The rest of the money: with the first refund it is the whole order.
		this.events.refunded(order, "150.00", false);
		awaitBalance(customer, 0);

		assertThat(entries(customer, order)).containsExactly("earn:20:20", "reversal:-5:15", "reversal:-15:0");
	}

	@Test
	void aPartialRefundSeenBeforeTheDeliveryTakesItsShareWhenTheOrderEarns() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.events.refunded(order, "100.00", false);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM order_refunds WHERE order_id = :id")
				.param("id", order)
				.query(Long.class)
				.single() == 1);

		this.events.delivered(order, customer, "300.00");
		awaitBalance(customer, 20);

		// Both in the delivery's transaction, at one instant.
		assertThat(entries(customer, order)).containsExactlyInAnyOrder("earn:30:30", "reversal:-10:20");
	}

	/**
	 * Points spent before a refund stay spent and the balance stays at zero, but the tier
	 * loses all each refund is due: a partial refund takes its share of the order's
	 * earnings from it, spent or not.
	 */
	@Test
	void pointsSpentBeforeTheRefundStaySpentTheRefundRecordsThemAndTheTierLosesThem() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.events.delivered(order, customer, "6000.00");
		awaitBalance(customer, 600);
		this.api.adjust(customer, -550, "Spent elsewhere");

		this.events.refunded(order, "3000.00", false);
		awaitRefunds(order, List.of("50:250"));
		Map<String, Object> half = account(customer);
		this.events.refunded(order, "3000.00", true);
		awaitRefunds(order, List.of("50:250", "0:300"));

		assertThat(half).containsEntry("balance", 0)
			.containsEntry("earnedInWindow", 300)
			.containsEntry("tier", "BRONZE")
			.containsEntry("pointsToNextTier", 200);
		assertThat(account(customer)).containsEntry("balance", 0)
			.containsEntry("earnedInWindow", 0)
			.containsEntry("tier", "BRONZE");
		assertThat(entries(customer, order)).containsExactly("earn:600:600", "reversal:-50:0");
	}

	/**
	 * What a refund takes back counts against the tier in full, though the balance gives
	 * back only what is left: a fully refunded order adds nothing to the tier, the points
	 * spent on it stay spent, and the tier falls at the refund, published like any other
	 * change.
	 */
	@Test
	void aFullyRefundedOrderAddsNothingToTheTierThoughItsPointsWereSpent() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		try (TopicReader loyalty = TopicReader.of(Topics.LOYALTY)) {
			this.events.confirmed(order, customer);
			this.events.deliveredForCash(order, customer, "6142.50", true);
			awaitBalance(customer, 614);
			assertThat(account(customer)).containsEntry("tier", "SILVER");
			this.api.adjust(customer, -550, "Spent on rewards");

			this.events.refunded(order, "6142.50", true);
			awaitRefunds(order, List.of("64:550"));

			assertThat(account(customer)).containsEntry("balance", 0)
				.containsEntry("tier", "BRONZE")
				.containsEntry("tierMultiplier", 1.0)
				.containsEntry("earnedInWindow", 0)
				.containsEntry("pointsToNextTier", 500);
			assertThat(loyalty
				.await((record) -> record.key().equals(customer.toString())
						&& record.value().contains("LoyaltyTierChanged")
						&& record.value().contains("\"newTier\":\"BRONZE\""), 1, Duration.ofSeconds(30))
				.getFirst()
				.value()).contains("\"previousTier\":\"SILVER\"", "\"sequence\":2");
		}
		assertThat(entries(customer, order)).containsExactly("earn:614:614", "reversal:-64:0");
	}

	@Test
	void reachingAThresholdMovesTheTierPublishesItAndMultipliesLaterEarnings() {
		UUID customer = UUID.randomUUID();
		try (TopicReader loyalty = TopicReader.of(Topics.LOYALTY)) {
			this.events.delivered(UUID.randomUUID(), customer, "4990.00");
			awaitBalance(customer, 499);
			assertThat(account(customer)).containsEntry("tier", "BRONZE").containsEntry("pointsToNextTier", 1);

			this.events.delivered(UUID.randomUUID(), customer, "10.00");
			awaitBalance(customer, 500);
			assertThat(account(customer)).containsEntry("tier", "SILVER").containsEntry("nextTier", "GOLD");

			EventEnvelope changed = this.json.read(loyalty
				.await((record) -> record.key().equals(customer.toString())
						&& record.value().contains("LoyaltyTierChanged"), 1, Duration.ofSeconds(30))
				.getFirst()
				.value());
			assertThat(changed.type()).isEqualTo("LoyaltyTierChanged");
			assertThat(this.json.mapper().writeValueAsString(changed.payload())).contains("\"previousTier\":\"BRONZE\"")
				.contains("\"newTier\":\"SILVER\"")
				.contains("\"pointsBalance\":500")
				.contains("\"sequence\":1");

			// Silver earns 1.25 points per ₹10.
			this.events.delivered(UUID.randomUUID(), customer, "100.00");
			awaitBalance(customer, 512);
		}
	}

	@Test
	void anAdminAdjustsWithAReasonAndTheBalanceNeverGoesBelowZero() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 40);

		Map<String, Object> problem = Api.json(this.api.post("/api/v1/loyalty/earn", TestTokens.admin(),
				Map.of("customerId", customer, "points", -41, "reason", "Too much")), 422);
		assertThat(problem).containsEntry("balance", 40).containsEntry("requested", 41);
		Map<String, Object> after = Api.ok(this.api.post("/api/v1/loyalty/earn", TestTokens.admin(),
				Map.of("customerId", customer, "points", -15, "reason", "Goodwill reversed")));

		assertThat(after).containsEntry("balance", 25);
		assertThat(entries(customer, null)).containsExactly("adjustment:40:40", "adjustment:-15:25");
	}

	@Test
	void anAdjustmentRepeatedUnderItsIdempotencyKeyIsMadeOnce() {
		UUID customer = UUID.randomUUID();
		String key = "adjust-" + UUID.randomUUID();
		Map<String, Object> goodwill = Map.of("customerId", customer, "points", 50, "reason", "Goodwill");

		List<String> replayed = Parallel.run(4, (i) -> adjust(goodwill, key).returnResult(String.class))
			.stream()
			.map((result) -> result.getResponseHeaders().getFirst("Idempotent-Replayed"))
			.toList();

		assertThat(replayed).containsOnlyOnce("false").containsOnly("false", "true");
		assertThat(entries(customer, null)).containsExactly("adjustment:50:50");
		Map<String, Object> other = Map.of("customerId", customer, "points", 60, "reason", "Goodwill");
		assertThat(Api.json(adjust(other, key), 422)).containsEntry("type",
				"https://api.jainshikanji.in/problems/idempotency-key-reused");
		assertThat(this.api.balance(customer)).isEqualTo(50);
	}

	/**
	 * An admin's Idempotency-Key is the admin request's, whatever the customer: the key
	 * that adjusted one customer adjusts no other, however the requests race, and the
	 * first adjustment is replayed.
	 */
	@Test
	void anAdjustmentsIdempotencyKeyAdjustsNoOtherCustomer() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		String key = "adjust-" + UUID.randomUUID();

		List<Integer> statuses = Parallel.run(6,
				(i) -> adjust(Map.of("customerId", (i % 2 == 0) ? first : second, "points", 50, "reason", "Goodwill"),
						key)
					.returnResult(String.class)
					.getStatus()
					.value());
		UUID adjusted = (this.api.balance(first) == 50) ? first : second;
		UUID other = adjusted.equals(first) ? second : first;

		assertThat(statuses).containsOnly(200, 422).filteredOn((status) -> status == 422).hasSize(3);
		assertThat(entries(adjusted, null)).containsExactly("adjustment:50:50");
		assertThat(entries(other, null)).isEmpty();
		assertThat(Api.json(adjust(Map.of("customerId", other, "points", 50, "reason", "Goodwill"), key), 422))
			.containsEntry("type", "https://api.jainshikanji.in/problems/idempotency-key-reused");
		assertThat(adjust(Map.of("customerId", adjusted, "points", 50, "reason", "Goodwill"), key)
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.api.balance(adjusted)).isEqualTo(50);
		assertThat(this.api.balance(other)).isZero();
	}

	private RestTestClient.ResponseSpec adjust(Map<String, Object> body, String key) {
		return this.client.post()
			.uri("/api/v1/loyalty/earn")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	@Test
	void everyChangeOfPointsIsPublishedWithTheBalanceAndARevisionThatGrows() {
		UUID customer = UUID.randomUUID();
		try (TopicReader loyalty = TopicReader.of(Topics.LOYALTY)) {
			this.api.credit(customer, 40);
			Api.ok(this.api.post("/api/v1/loyalty/earn", TestTokens.admin(),
					Map.of("customerId", customer, "points", -15, "reason", "Correction")));

			List<String> changes = loyalty
				.await((record) -> record.key().equals(customer.toString()), 2, Duration.ofSeconds(30))
				.stream()
				.map((record) -> this.json.read(record.value()))
				.filter((envelope) -> envelope.type().equals("LoyaltyPointsChanged"))
				.map((envelope) -> this.json.mapper().writeValueAsString(envelope.payload()))
				.toList();

			assertThat(changes).hasSize(2);
			assertThat(changes.get(0)).contains("\"balance\":40", "\"change\":40", "\"reason\":\"adjustment\"",
					"\"revision\":1", "\"tier\":\"BRONZE\"");
			assertThat(changes.get(1)).contains("\"balance\":25", "\"change\":-15", "\"revision\":2");
		}
	}

	@Test
	void theAccountShowsHistoryNewestFirstPaged() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 10);
		this.api.credit(customer, 20);
		this.api.credit(customer, 30);

		Map<String, Object> page = Api
			.ok(this.api.get("/api/v1/loyalty/customer/" + customer + "?page=0&size=2", TestTokens.customer(customer)));

		assertThat(page).containsEntry("balance", 60).containsEntry("balanceValue", 15.0);
		@SuppressWarnings("unchecked")
		Map<String, Object> history = (Map<String, Object>) page.get("history");
		assertThat(history).containsEntry("totalItems", 2 + 1);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) history.get("items");
		assertThat(items).extracting((item) -> item.get("balanceAfter")).containsExactly(60, 30);
	}

	@Test
	void eventsItDoesNotActOnAreSkippedWithoutAnInboxRecord() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();

		EventEnvelope preparing = this.events.publish(Topics.ORDER, new OrderStatusChanged(order, "ORD-" + order,
				customer, UUID.randomUUID(), "confirmed", "preparing", null, 2, Instant.now()));
		EventEnvelope paid = this.events.publish(Topics.PAYMENT, new PaymentCompleted(UUID.randomUUID(), order,
				new BigDecimal("100.00"), "upi", "pay_" + order, Instant.now()));
		EventEnvelope delivered = this.events.delivered(order, customer, "100.00");
		EventEnvelope refunded = this.events.refunded(order, "50.00", false);
		// An order's events share a partition of each topic: once the delivery and the
		// refund are applied, the events published before them have been read.
		awaitBalance(customer, 5);

		assertThat(this.jdbc.sql("SELECT event_id FROM messaging.processed_event WHERE event_id IN (:ids)")
			.param("ids", List.of(preparing.eventId(), paid.eventId(), delivered.eventId(), refunded.eventId()))
			.query(UUID.class)
			.list()).containsExactlyInAnyOrder(delivered.eventId(), refunded.eventId());
	}

	private Map<String, Object> account(UUID customer) {
		return Api.ok(this.api.get("/api/v1/loyalty/customer/" + customer, TestTokens.customer(customer)));
	}

	/** The order's refunds, oldest first, once settled: as reversed:spent. */
	private void awaitRefunds(UUID order, List<String> settled) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(this.jdbc.sql("""
				SELECT points_reversed || ':' || points_spent FROM order_refunds
				WHERE order_id = :id AND settled_at IS NOT NULL ORDER BY created_at
				""").param("id", order).query(String.class).list()).isEqualTo(settled));
	}

	private void awaitBalance(UUID customer, long balance) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.balance(customer)).isEqualTo(balance));
	}

	/**
	 * The ledger of a customer (and order), oldest first, as type:points:balanceAfter.
	 */
	private List<String> entries(UUID customer, @Nullable UUID order) {
		return this.jdbc.sql("""
				SELECT type || ':' || points || ':' || balance_after FROM loyalty_transactions
				WHERE customer_id = :customer AND (order_id = :order OR :any)
				ORDER BY created_at, balance_after
				""")
			.param("customer", customer)
			.param("order", (order != null) ? order : new UUID(0, 0))
			.param("any", order == null)
			.query(String.class)
			.list();
	}

}
