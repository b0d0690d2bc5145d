package com.jainshikanji.loyalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Admins fill the reward catalog; a customer takes a reward for points, one ledger entry
 * naming the reward, never beyond the balance, and gets a coupon of their own that takes
 * what the reward promises off one order.
 */
@LoyaltyServiceTest
class RewardTests {

	private static final String HOLDS = "/api/v1/loyalty/holds";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	OrderEvents events;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.events = new OrderEvents(this.kafka, this.json);
	}

	@Test
	void aCustomerTakesARewardForPointsAndTheLedgerNamesIt() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 250);
		String reward = (String) Api.json(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "Free Chaas " + customer, "pointsCost", 200)), 201)
			.get("id");

		Map<String, Object> taken = Api.json(
				this.api.post("/api/v1/loyalty/redeem", TestTokens.customer(customer), Map.of("rewardId", reward)),
				201);
		var refused = problem(
				this.api.post("/api/v1/loyalty/redeem", TestTokens.customer(customer), Map.of("rewardId", reward)),
				422);

		assertThat(taken).containsEntry("points", 200).containsEntry("balance", 50);
		assertThat(refused.typeSlug()).isEqualTo("insufficient-points");
		assertThat(this.jdbc.sql("""
				SELECT type || ':' || points || ':' || balance_after || ':' || description FROM loyalty_transactions
				WHERE customer_id = :customer AND reward_id = CAST(:reward AS UUID)
				""").param("customer", customer).param("reward", reward).query(String.class).list())
			.containsExactly("redeem:-200:50:Reward: Free Chaas " + customer);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> catalog = this.api.get("/api/v1/loyalty/rewards", TestTokens.customer(customer))
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(catalog).anySatisfy((item) -> assertThat(item).containsEntry("id", reward));
	}

	@Test
	void eightTapsUnderOneIdempotencyKeyTakeTheRewardOnceAndAllGetItsAnswer() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 500);
		String reward = reward("Free Lassi", 200);
		String key = "redeem-" + UUID.randomUUID();

		List<RestTestClient.ResponseSpec> answers = Parallel.run(8, (i) -> redeem(customer, reward, key));
		List<Integer> statuses = answers.stream()
			.map((answer) -> answer.returnResult(String.class).getStatus().value())
			.toList();

		assertThat(statuses).containsOnlyOnce(201).filteredOn((status) -> status == 200).hasSize(7);
		Map<String, Object> replayed = Api.json(redeem(customer, reward, key), 200);
		assertThat(replayed).containsEntry("points", 200).containsEntry("balance", 300);
		assertThat(redemptions(customer, reward)).isOne();
		assertThat(coupons(customer)).singleElement()
			.satisfies((coupon) -> assertThat(coupon).containsEntry("code", coupon(replayed).get("code")));
		assertThat(this.api.balance(customer)).isEqualTo(300);
	}

	@Test
	void aKeyThatTookOneRewardCannotTakeAnother() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 500);
		String lassi = reward("Free Lassi", 100);
		String chaas = reward("Free Chaas", 100);
		String key = "redeem-" + UUID.randomUUID();
		Api.json(redeem(customer, lassi, key), 201);

		assertThat(problem(redeem(customer, chaas, key), 422).typeSlug()).isEqualTo("idempotency-key-reused");
		assertThat(Api.json(redeem(customer, chaas, "redeem-" + UUID.randomUUID()), 201)).containsEntry("balance", 300);
		assertThat(problem(redeem(customer, chaas, "no spaces"), 400).fields()).containsExactly("Idempotency-Key");
		assertThat(this.api.balance(customer)).isEqualTo(300);
	}

	@Test
	void withoutAKeyEachRequestTakesTheRewardAgain() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 500);
		String reward = reward("Free Lassi", 200);

		Api.json(redeem(customer, reward, null), 201);
		Api.json(redeem(customer, reward, null), 201);

		assertThat(redemptions(customer, reward)).isEqualTo(2);
	}

	@Test
	void aRewardGivesACouponOfTheCustomersOwnThatTakesItsProductOffOneOrder() {
		UUID customer = UUID.randomUUID();
		UUID kachori = UUID.randomUUID();
		this.api.credit(customer, 150);
		String reward = reward("Free Kachori", 150, Map.of("applicableProducts", List.of(kachori)));

		Map<String, Object> coupon = coupon(Api.json(redeem(customer, reward, null), 201));
		String code = (String) coupon.get("code");
		UUID first = UUID.randomUUID();
		Map<String, Object> held = Api.ok(this.api.post(HOLDS, Api.SERVICE, hold(first, customer, code, kachori)));
		var secondOrder = Api.json(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, kachori)),
				422);
		var someoneElse = Api
			.json(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), UUID.randomUUID(), code, kachori)), 422);
		var withoutTheProduct = Api
			.json(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, UUID.randomUUID())), 422);

		assertThat(code).matches("RW-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(coupon).containsEntry("discountType", "free_item")
			.containsEntry("applicableProducts", List.of(kachori.toString()))
			.containsEntry("status", "AVAILABLE");
		assertThat(Instant.parse((String) coupon.get("validUntil"))).isBetween(
				Instant.now().plus(Duration.ofDays(30)).minusSeconds(60), Instant.now().plus(Duration.ofDays(30)));
		assertThat(held).containsEntry("couponCode", code).containsEntry("discount", 45.0);
		assertThat(secondOrder).containsEntry("reason", "customer-limit-reached");
		assertThat(someoneElse).containsEntry("reason", "unknown-code");
		assertThat(withoutTheProduct).containsEntry("reason", "no-applicable-items");
		assertThat(coupons(customer)).singleElement()
			.satisfies((mine) -> assertThat(mine).containsEntry("code", code).containsEntry("status", "HELD"));
		assertThat(coupons(UUID.randomUUID())).isEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> campaigns = this.api.get("/api/v1/loyalty/campaigns?size=100", TestTokens.admin())
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(String.valueOf(campaigns)).doesNotContain(code);
	}

	@Test
	void aCancelledOrderGivesTheRewardsCouponBackAndAConfirmedOneUsesItUp() {
		UUID customer = UUID.randomUUID();
		UUID lassi = UUID.randomUUID();
		this.api.credit(customer, 100);
		String reward = reward("Lassi off", 100, Map.of("discountType", "FIXED", "discountValue",
				new BigDecimal("25.50"), "applicableProducts", List.of(lassi), "validDays", 7));
		String code = (String) coupon(Api.json(redeem(customer, reward, null), 201)).get("code");
		UUID cancelled = UUID.randomUUID();
		UUID confirmed = UUID.randomUUID();

		Api.ok(this.api.post(HOLDS, Api.SERVICE, hold(cancelled, customer, code, lassi)));
		this.events.cancelled(cancelled, customer);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "AVAILABLE".equals(coupons(customer).getFirst().get("status")));
		Map<String, Object> held = Api.ok(this.api.post(HOLDS, Api.SERVICE, hold(confirmed, customer, code, lassi)));
		this.events.confirmed(confirmed, customer);
		await().atMost(Duration.ofSeconds(30)).until(() -> "USED".equals(coupons(customer).getFirst().get("status")));

		assertThat(held).containsEntry("discount", 25.5);
		assertThat(Api.json(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, lassi)), 422))
			.containsEntry("reason", "customer-limit-reached");
		assertThat(Instant.parse((String) coupons(customer).getFirst().get("validUntil")))
			.isBefore(Instant.now().plus(Duration.ofDays(7)));
	}

	@Test
	void aFullRefundOfADeliveredOrderGivesTheRewardsCouponBack() {
		UUID kachori = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		String code = couponTaken(customer, 200, Map.of("applicableProducts", List.of(kachori)));
		Api.ok(this.api.post(HOLDS, Api.SERVICE, hold(order, customer, code, kachori)));
		this.events.confirmed(order, customer);
		this.events.delivered(order, customer, "85.00");
		await().atMost(Duration.ofSeconds(30)).until(() -> "USED".equals(coupons(customer).getFirst().get("status")));

		EventEnvelope refund = this.events.refunded(order, "85.00", true);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "AVAILABLE".equals(coupons(customer).getFirst().get("status")));
		this.events.redeliver(Topics.PAYMENT, refund);

		assertThat(Api.ok(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, kachori))))
			.containsEntry("couponCode", code);
		assertThat(Api.json(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, kachori)), 422))
			.containsEntry("reason", "customer-limit-reached");
	}

	@Test
	void aRewardsCouponTakesOffNoMoreThanItsCap() {
		UUID customer = UUID.randomUUID();
		UUID shikanji = UUID.randomUUID();
		this.api.credit(customer, 200);
		String reward = reward("Free regular shikanji", 200,
				Map.of("applicableProducts", List.of(shikanji), "maxDiscount", new BigDecimal("40.00")));

		Map<String, Object> redemption = Api.json(redeem(customer, reward, null), 201);
		String code = (String) coupon(redemption).get("code");
		// The cheapest shikanji in the cart costs 45.00 (a larger size): 40.00 of it is
		// free.
		Map<String, Object> held = Api
			.ok(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, shikanji)));

		assertThat(coupon(redemption)).containsEntry("maxDiscount", 40.0);
		assertThat(held).containsEntry("discount", 40.0);
		assertThat(rewards()).filteredOn((offered) -> reward.equals(offered.get("id")))
			.singleElement()
			.satisfies((offered) -> assertThat(offered).containsEntry("maxDiscount", 40.0));
	}

	@Test
	void aRewardsOfferMustMakeSense() {
		var noValue = problem(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "Nothing off", "pointsCost", 10, "discountType", "fixed")), 400);
		var tooMuch = problem(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "All off", "pointsCost", 10, "discountType", "percentage", "discountValue", 150)), 400);
		var forever = problem(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "Forever", "pointsCost", 10, "validDays", 0)), 400);
		var unknown = problem(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "Two for one", "pointsCost", 10, "discountType", "bogo")), 400);
		var zeroCap = problem(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "Capped at nothing", "pointsCost", 10, "maxDiscount", 0)), 400);
		var cappedDelivery = problem(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", "Free delivery", "pointsCost", 10, "discountType", "free_delivery", "maxDiscount", 20)),
				400);

		assertThat(List.of(noValue, tooMuch, forever, unknown, zeroCap, cappedDelivery))
			.extracting((refused) -> refused.typeSlug())
			.containsOnly("validation-failed");
		assertThat(noValue.fields()).containsExactly("discountValue");
		assertThat(noValue.detail()).isEqualTo("discountValue must be more than 0 for a fixed discount");
		assertThat(tooMuch.fields()).containsExactly("discountValue");
		assertThat(forever.fields()).containsExactly("validDays");
		assertThat(unknown.fields()).containsExactly("discountType");
		assertThat(zeroCap.fields()).containsExactly("maxDiscount");
		assertThat(cappedDelivery.fields()).containsExactly("maxDiscount");
		assertThat(cappedDelivery.detail()).isEqualTo("maxDiscount does not apply to free delivery");
	}

	/**
	 * An admin corrects a reward and retires it, each change audited: whoever takes it
	 * after a change pays and gets the new terms; retired, it is no longer listed nor
	 * taken, not even when changed again, while the coupons it gave stay usable.
	 */
	@Test
	void anAdminRevisesAndRetiresARewardAndTheCouponsItGaveStayUsable() {
		UUID adminId = UUID.randomUUID();
		String admin = TestTokens.token(adminId, List.of("ADMIN"), List.of());
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 300);
		String reward = reward("Free Lassi", 100);
		String code = (String) coupon(Api.json(redeem(customer, reward, null), 201)).get("code");

		Map<String, Object> revised = Api.ok(this.api.exchange(HttpMethod.PUT, "/api/v1/loyalty/rewards/" + reward,
				admin, Map.of("name", "Lassi off", "pointsCost", 150, "discountType", "fixed", "discountValue", 20)));
		Map<String, Object> taken = Api.json(redeem(customer, reward, null), 201);
		this.api.exchange(HttpMethod.DELETE, "/api/v1/loyalty/rewards/" + reward, admin, null)
			.expectStatus()
			.isNoContent();
		this.api.exchange(HttpMethod.DELETE, "/api/v1/loyalty/rewards/" + reward, admin, null)
			.expectStatus()
			.isNoContent();
		Map<String, Object> changedWhenRetired = Api.ok(this.api.exchange(HttpMethod.PUT,
				"/api/v1/loyalty/rewards/" + reward, admin, Map.of("name", "Lassi off", "pointsCost", 10)));

		assertThat(revised).containsEntry("name", "Lassi off")
			.containsEntry("pointsCost", 150)
			.containsEntry("discountType", "fixed")
			.containsEntry("discountValue", 20.0)
			.containsEntry("active", true);
		assertThat(taken).containsEntry("points", 150).containsEntry("balance", 50);
		assertThat(coupon(taken)).containsEntry("discountType", "fixed").containsEntry("discountValue", 20.0);
		assertThat(changedWhenRetired).containsEntry("active", false).containsEntry("pointsCost", 10);
		assertThat(rewards()).noneSatisfy((offered) -> assertThat(offered).containsEntry("id", reward));
		assertThat(problem(redeem(customer, reward, null), 404).typeSlug()).isEqualTo("reward-not-found");
		assertThat(
				Api.ok(this.api.post(HOLDS, Api.SERVICE, hold(UUID.randomUUID(), customer, code, UUID.randomUUID()))))
			.containsEntry("couponCode", code)
			.containsEntry("discount", 40.0);
		assertThat(this.api.audit("reward.updated", reward)).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry).containsEntry("actorId", adminId.toString()))
			.extracting(RewardTests::costBefore)
			.containsExactly(150, 100);
		assertThat(this.api.audit("reward.retired", reward)).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actorId", adminId.toString()));
	}

	/**
	 * Admins' changes to one reward queue on its row: each audit entry's before is what
	 * the change found, the state another change left.
	 */
	@Test
	void concurrentChangesToARewardEachSeeTheOneBefore() {
		String reward = reward("Free Chaas", 100);

		List<Integer> statuses = Parallel.run(4,
				(i) -> this.api
					.exchange(HttpMethod.PUT, "/api/v1/loyalty/rewards/" + reward, TestTokens.admin(),
							Map.of("name", "Free Chaas", "pointsCost", 200 + i))
					.returnResult(String.class)
					.getStatus()
					.value());
		List<Object> before = this.api.audit("reward.updated", reward).stream().map(RewardTests::costBefore).toList();

		assertThat(statuses).containsOnly(200);
		assertThat(before).doesNotHaveDuplicates().hasSize(4).contains(100);
	}

	/** Who may change a reward: {@link AuthorizationMatrixTests}. */
	@Test
	void anUnknownRewardCannotBeChangedAndAChangeMustMakeSense() {
		String reward = reward("Free Kachori", 100);
		Map<String, Object> body = Map.of("name", "Free Kachori", "pointsCost", 1);

		String unknown = "/api/v1/loyalty/rewards/" + UUID.randomUUID();
		assertThat(problem(this.api.exchange(HttpMethod.PUT, unknown, TestTokens.admin(), body), 404).typeSlug())
			.isEqualTo("reward-not-found");
		assertThat(problem(this.api.exchange(HttpMethod.DELETE, unknown, TestTokens.admin(), null), 404).typeSlug())
			.isEqualTo("reward-not-found");
		assertThat(problem(this.api.exchange(HttpMethod.PUT, "/api/v1/loyalty/rewards/" + reward, TestTokens.admin(),
				Map.of("name", "Nothing off", "pointsCost", 10, "discountType", "fixed")), 400)
			.fields()).containsExactly("discountValue");
		assertThat(rewards()).filteredOn((offered) -> reward.equals(offered.get("id")))
			.singleElement()
			.satisfies((offered) -> assertThat(offered).containsEntry("pointsCost", 100).containsEntry("active", true));
	}

	/**
	 * Customers choose their keys independently: two may choose the same one, and each
	 * takes their reward under it.
	 */
	@Test
	void twoCustomersMayTakeRewardsUnderTheSameKey() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		this.api.credit(first, 100);
		this.api.credit(second, 100);
		String reward = reward("Free Lassi", 100);
		String key = "redeem-" + UUID.randomUUID();

		assertThat(Api.json(redeem(first, reward, key), 201)).containsEntry("balance", 0);
		assertThat(Api.json(redeem(second, reward, key), 201)).containsEntry("balance", 0);
	}

	/** What the reward cost before the change an audit entry records. */
	private static Object costBefore(Map<String, Object> entry) {
		Map<?, ?> before = (Map<?, ?>) ((Map<?, ?>) entry.get("details")).get("before");
		return before.get("pointsCost");
	}

	private static Map<String, Object> hold(UUID order, UUID customer, String code, UUID product) {
		Map<String, Object> body = new HashMap<>(Api.hold(order, customer, code, 0, "130.00"));
		body.put("lines", List.of(Map.of("productId", product, "unitPrice", new BigDecimal("45.00"), "quantity", 2),
				Map.of("productId", UUID.randomUUID(), "unitPrice", new BigDecimal("40.00"), "quantity", 1)));
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> coupon(Map<String, Object> redemption) {
		return (Map<String, Object>) redemption.get("coupon");
	}

	private List<Map<String, Object>> coupons(UUID customer) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> coupons = this.api.get("/api/v1/loyalty/coupons", TestTokens.customer(customer))
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return coupons;
	}

	private List<Map<String, Object>> rewards() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rewards = this.api
			.get("/api/v1/loyalty/rewards", TestTokens.customer(UUID.randomUUID()))
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return rewards;
	}

	private String reward(String name, int cost) {
		return reward(name, cost, Map.of());
	}

	/**
	 * A reward whose coupon has the {@code offer}'s terms (the defaults for those left
	 * out).
	 */
	private String reward(String name, int cost, Map<String, Object> offer) {
		Map<String, Object> body = new HashMap<>(offer);
		body.put("name", name + " " + UUID.randomUUID());
		body.put("pointsCost", cost);
		return (String) Api.json(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(), body), 201).get("id");
	}

	/**
	 * The code of the coupon a customer gets for a reward of the given cost and offer,
	 * credited the points it costs first.
	 */
	private String couponTaken(UUID customer, int cost, Map<String, Object> offer) {
		this.api.credit(customer, cost);
		return (String) coupon(Api.json(redeem(customer, reward("Reward", cost, offer), null), 201)).get("code");
	}

	private RestTestClient.ResponseSpec redeem(UUID customer, String reward, @Nullable String key) {
		return this.client.post().uri("/api/v1/loyalty/redeem").headers((headers) -> {
			headers.setBearerAuth(TestTokens.customer(customer));
			if (key != null) {
				headers.set("Idempotency-Key", key);
			}
		}).contentType(MediaType.APPLICATION_JSON).body(Map.of("rewardId", reward)).exchange();
	}

	private int redemptions(UUID customer, String reward) {
		return this.jdbc.sql("""
				SELECT count(*) FROM loyalty_transactions
				WHERE customer_id = :customer AND reward_id = CAST(:reward AS UUID) AND type = 'redeem'
				""").param("customer", customer).param("reward", reward).query(Integer.class).single();
	}

	@Test
	void anUnknownRewardIsNotFound() {
		assertThat(problem(
				this.api.post("/api/v1/loyalty/redeem", TestTokens.customer(), Map.of("rewardId", UUID.randomUUID())),
				404)
			.typeSlug()).isEqualTo("reward-not-found");
	}

}
