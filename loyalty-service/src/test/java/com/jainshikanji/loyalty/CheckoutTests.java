package com.jainshikanji.loyalty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Loyalty inside the order saga: order placement holds points and a coupon use for an
 * order (all or nothing, once per order id), the order's confirmation confirms them, its
 * cancellation returns them, whatever order the events arrive in and however often.
 * Concurrency never takes more coupon uses than the limit nor more points than the
 * balance.
 */
@LoyaltyServiceTest
class CheckoutTests {

	private static final String HOLDS = "/api/v1/loyalty/holds";

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
	void aHoldTakesTheCouponsDiscountAndThePointsValueOncePerOrder() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.api.credit(customer, 200);
		String code = (String) this.api.campaign(Map.of("discountValue", 20, "maxDiscount", 50)).get("code");

		Map<String, Object> held = Api
			.ok(this.api.post(HOLDS, Api.SERVICE, Api.hold(order, customer, code.toLowerCase(), 100, "300.00")));
		Map<String, Object> again = Api
			.ok(this.api.post(HOLDS, Api.SERVICE, Api.hold(order, customer, code, 100, "300.00")));

		assertThat(held).containsEntry("status", "HELD")
			.containsEntry("couponCode", code)
			.containsEntry("discount", 50.0)
			.containsEntry("points", 100)
			.containsEntry("loyaltyDiscount", 25.0)
			.containsEntry("freeDelivery", false);
		assertThat(again).isEqualTo(held);
		assertThat(this.api.balance(customer)).isEqualTo(100);
		assertThat(usage(code)).isEqualTo(1);
	}

	@Test
	void aCancelledOrderGetsItsPointsAndCouponUseBackOnceEvenAfterItWasConfirmed() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		String code = heldWithACoupon(order, customer);

		this.events.confirmed(order, customer);
		await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(holdStatus(order)));
		EventEnvelope cancelled = this.events.cancelled(order, customer);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.balance(customer) == 100);
		this.events.redeliver(Topics.ORDER, cancelled);
		this.events.cancelled(order, customer);
		this.api.credit(customer, 1);

		assertThat(this.api.balance(customer)).isEqualTo(101);
		assertThat(holdStatus(order)).isEqualTo("RELEASED");
		assertThat(usage(code)).isZero();
		assertThat(types(order)).containsExactly("redeem:-60", "release:60");
	}

	@Test
	void aConfirmationArrivingAfterTheCancellationDoesNotReviveTheHold() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.api.credit(customer, 50);
		String code = (String) this.api.campaign(Map.of()).get("code");
		Api.ok(this.api.post(HOLDS, Api.SERVICE, Api.hold(order, customer, code, 50, "200.00")));

		this.events.cancelled(order, customer);
		await().atMost(Duration.ofSeconds(30)).until(() -> "RELEASED".equals(holdStatus(order)));
		this.events.confirmed(order, customer);
		UUID marker = UUID.randomUUID();
		this.events.delivered(marker, customer, "10.00");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.balance(customer) == 51);

		assertThat(holdStatus(order)).isEqualTo("RELEASED");
		assertThat(usageStatus(order)).isEqualTo("RELEASED");
		assertThat(usage(code)).isZero();
	}

	@ParameterizedTest(name = "paid online: {0}")
	@ValueSource(booleans = { true, false })
	void aFullRefundAfterDeliveryGivesBackTheRedeemedPointsAndTheCouponUseOnce(boolean paidOnline) {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		UUID fullRefund = UUID.randomUUID();
		UUID payment = UUID.randomUUID();
		String code = heldWithACoupon(order, customer);
		this.events.confirmed(order, customer, paidOnline ? payment : null);
		this.events.delivered(order, customer, "140.00");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.balance(customer) == 54);

		// A partial refund takes back its share of the earnings and nothing else.
		this.events.refunded(UUID.randomUUID(), payment, order, "40.00", false);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.balance(customer) == 50);
		assertThat(holdStatus(order)).isEqualTo("CONFIRMED");
		assertThat(usage(code)).isOne();
		EventEnvelope full = this.events.refunded(fullRefund, payment, order, "100.00", true);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.balance(customer) == 100);
		this.events.redeliver(Topics.PAYMENT, full);
		this.events.refunded(fullRefund, payment, order, "100.00", true);
		awaitProcessed(this.events.refunded(UUID.randomUUID(), payment, order, "0.00", true));

		assertThat(this.api.balance(customer)).isEqualTo(100);
		assertHold(order, code, "RELEASED");
		assertThat(types(order)).containsExactlyInAnyOrder("redeem:-60", "earn:14", "reversal:-4", "release:60",
				"reversal:-10");
	}

	@ParameterizedTest(name = "paid online: {0}")
	@ValueSource(booleans = { true, false })
	void aFullRefundSeenBeforeTheConfirmationAndTheDeliveryEndsTheSame(boolean paidOnline) {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		UUID payment = UUID.randomUUID();
		String code = heldWithACoupon(order, customer);

		// Which payment paid for the order is not known yet: the refund waits for it.
		awaitProcessed(this.events.refunded(UUID.randomUUID(), payment, order, "140.00", true));
		assertThat(holdStatus(order)).isEqualTo("HELD");
		this.events.confirmed(order, customer, paidOnline ? payment : null);
		awaitProcessed(this.events.delivered(order, customer, "140.00"));

		assertThat(this.api.balance(customer)).isEqualTo(100);
		assertHold(order, code, "RELEASED");
		assertThat(types(order)).containsExactly("redeem:-60", "release:60");
	}

	/**
	 * An order paid twice keeps the first payment; the payment service refunds the second
	 * in full, for the same order. Whenever that refund is seen, the order keeps what it
	 * holds and earns.
	 */
	@ParameterizedTest(name = "refund seen {0}")
	@ValueSource(strings = { "before the confirmation", "before the delivery", "after the delivery" })
	void aFullRefundOfASecondPaymentTakesNothingBackAndGivesNothingBack(String when) {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		String code = heldWithACoupon(order, customer);

		if (when.equals("before the confirmation")) {
			awaitProcessed(this.events.refunded(UUID.randomUUID(), second, order, "140.00", true));
		}
		awaitProcessed(this.events.confirmed(order, customer, UUID.randomUUID()));
		if (when.equals("before the delivery")) {
			awaitProcessed(this.events.refunded(UUID.randomUUID(), second, order, "140.00", true));
		}
		awaitProcessed(this.events.delivered(order, customer, "140.00"));
		if (when.equals("after the delivery")) {
			EventEnvelope refund = this.events.refunded(UUID.randomUUID(), second, order, "140.00", true);
			this.events.redeliver(Topics.PAYMENT, refund);
			awaitProcessed(refund);
		}

		assertThat(this.api.balance(customer)).isEqualTo(54);
		assertHold(order, code, "CONFIRMED");
		assertThat(types(order)).containsExactly("redeem:-60", "earn:14");
	}

	@Test
	void placementReleasesAHoldWhenTheOrderWasNotPlacedAfterAll() {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		this.api.credit(customer, 80);
		Api.ok(this.api.post(HOLDS, Api.SERVICE, Api.hold(order, customer, null, 80, "200.00")));

		this.api.post(HOLDS + "/" + order + "/release", Api.SERVICE, null).expectStatus().isNoContent();
		this.api.post(HOLDS + "/" + order + "/release", Api.SERVICE, null).expectStatus().isNoContent();

		assertThat(this.api.balance(customer)).isEqualTo(80);
		assertThat(problem(this.api.post(HOLDS, Api.SERVICE, Api.hold(order, customer, null, 80, "200.00")), 409)
			.typeSlug()).isEqualTo("order-hold-conflict");
	}

	@Test
	void pointsBeyondTheBalanceOrTheShareOfTheOrderAreRefusedAndNothingIsHeld() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 1000);
		String code = (String) this.api.campaign(Map.of("discountType", "fixed", "discountValue", 100)).get("code");

		// ₹300 less the ₹100 coupon: points may pay ₹100 of it, 400 points.
		Map<String, Object> share = Api
			.json(this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, code, 401, "300.00")), 422);
		Map<String, Object> balance = Api.json(
				this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, null, 1001, "10000.00")), 422);

		assertThat((String) share.get("type")).endsWith("/points-exceed-share");
		assertThat(share).containsEntry("maxPoints", 400);
		assertThat((String) balance.get("type")).endsWith("/insufficient-points");
		assertThat(this.api.balance(customer)).isEqualTo(1000);
		assertThat(usage(code)).as("the coupon use is rolled back with the refusal").isZero();
		Api.ok(this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, code, 400, "300.00")));
	}

	@Test
	void twentyConcurrentCheckoutsOnALimitOfOneGiveExactlyOneUse() {
		String code = (String) this.api.campaign(Map.of("usageLimit", 1)).get("code");

		List<Integer> statuses = Parallel.run(20,
				(i) -> this.api
					.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), UUID.randomUUID(), code, 0, "200.00"))
					.returnResult()
					.getStatus()
					.value());

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 422).hasSize(19);
		assertThat(usage(code)).isOne();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM campaign_usage u JOIN campaigns c ON c.id = u.campaign_id WHERE c.code = :code
				""").param("code", code).query(Long.class).single()).isOne();
	}

	@Test
	void concurrentCheckoutsOfOneCustomerNeverSpendMoreThanTheBalanceNorExceedThePerCustomerLimit() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 100);
		String code = (String) this.api.campaign(Map.of("usagePerCustomer", 2)).get("code");

		List<Integer> statuses = Parallel.run(10,
				(i) -> this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, code, 30, "200.00"))
					.returnResult()
					.getStatus()
					.value());

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(2);
		assertThat(this.api.balance(customer)).isEqualTo(40);
		assertThat(usage(code)).isEqualTo(2);
	}

	@Test
	void concurrentRedemptionsOfOneCustomerStopAtTheBalanceAndTheLedgerAddsUp() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 100);

		List<Integer> statuses = Parallel.run(10,
				(i) -> this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, null, 30, "200.00"))
					.returnResult()
					.getStatus()
					.value());

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(3);
		assertThat(statuses).filteredOn((status) -> status == 422).hasSize(7);
		assertThat(this.api.balance(customer)).isEqualTo(10);
		assertThat(this.jdbc.sql("""
				SELECT sum(points) = 10 AND min(balance_after) >= 0
				       AND count(DISTINCT balance_after) = count(*)
				FROM loyalty_transactions WHERE customer_id = :customer
				""").param("customer", customer).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aCodeForOtherTiersOrBelowItsMinimumIsRefusedWithTheReason() {
		UUID customer = UUID.randomUUID();
		String gold = (String) this.api.campaign(Map.of("customerTiers", List.of("GOLD", "PLATINUM"))).get("code");
		String minimum = (String) this.api.campaign(Map.of("minOrderValue", 250)).get("code");

		Map<String, Object> tier = Api
			.json(this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, gold, 0, "300.00")), 422);
		Map<String, Object> below = Api
			.json(this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, minimum, 0, "249.99")), 422);
		Map<String, Object> unknown = Api.json(
				this.api.post(HOLDS, Api.SERVICE, Api.hold(UUID.randomUUID(), customer, "NOPE-NOPE", 0, "300.00")),
				422);

		assertThat(tier).containsEntry("reason", "tier-not-eligible");
		assertThat(below).containsEntry("reason", "below-minimum");
		assertThat((String) unknown.get("type")).endsWith("/coupon-not-applicable");
		assertThat(unknown).containsEntry("reason", "unknown-code");
	}

	@Test
	void aCustomerChecksWhetherACodeAppliesToTheirCart() {
		UUID customer = UUID.randomUUID();
		String code = (String) this.api.campaign(Map.of("discountValue", 15, "minOrderValue", 100)).get("code");

		Map<String, Object> applies = Api
			.ok(this.api.get("/api/v1/loyalty/coupons/" + code + "?subtotal=200", TestTokens.customer(customer)));
		Map<String, Object> below = Api
			.ok(this.api.get("/api/v1/loyalty/coupons/" + code + "?subtotal=99", TestTokens.customer(customer)));
		this.api.get("/api/v1/loyalty/coupons/UNKNOWN-CODE-1?subtotal=99", TestTokens.customer(customer))
			.expectStatus()
			.isOk();

		assertThat(applies).containsEntry("applicable", true).containsEntry("discount", 30.0);
		assertThat(below).containsEntry("applicable", false).containsEntry("reason", "below-minimum");
	}

	private Long usage(String code) {
		return this.jdbc.sql("SELECT current_usage FROM campaigns WHERE code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	/**
	 * The order's hold and its coupon use are in the status; the campaign counts the use
	 * until it is released.
	 */
	private void assertHold(UUID order, String code, String status) {
		assertThat(holdStatus(order)).isEqualTo(status);
		assertThat(usageStatus(order)).isEqualTo(status);
		assertThat(usage(code)).isEqualTo(status.equals("RELEASED") ? 0L : 1L);
	}

	private String holdStatus(UUID order) {
		return this.jdbc.sql("SELECT status FROM order_holds WHERE order_id = :id")
			.param("id", order)
			.query(String.class)
			.single();
	}

	private String usageStatus(UUID order) {
		return this.jdbc.sql("SELECT status FROM campaign_usage WHERE order_id = :id")
			.param("id", order)
			.query(String.class)
			.single();
	}

	/**
	 * Gives the customer 100 points and holds 60 of them and a use of a new campaign's
	 * code for the order.
	 * @return the code
	 */
	private String heldWithACoupon(UUID order, UUID customer) {
		this.api.credit(customer, 100);
		String code = (String) this.api.campaign(Map.of("usageLimit", 5)).get("code");
		Api.ok(this.api.post(HOLDS, Api.SERVICE, Api.hold(order, customer, code, 60, "200.00")));
		return code;
	}

	/**
	 * Waits until the event was applied, and so were those published before it for the
	 * same order (an order's events share a partition).
	 */
	private void awaitProcessed(EventEnvelope event) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
				.param("id", event.eventId())
				.query(Long.class)
				.single() == 1);
	}

	private List<String> types(UUID order) {
		return this.jdbc
			.sql("SELECT type || ':' || points FROM loyalty_transactions WHERE order_id = :id " + "ORDER BY created_at")
			.param("id", order)
			.query(String.class)
			.list();
	}

}
