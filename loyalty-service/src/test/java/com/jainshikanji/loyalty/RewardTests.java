package com.jainshikanji.loyalty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins fill the reward catalog; a customer takes a reward for points, one ledger entry
 * naming the reward, never beyond the balance.
 */
@LoyaltyServiceTest
class RewardTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
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
		assertThat(Api.json(redeem(customer, reward, key), 200)).containsEntry("points", 200)
			.containsEntry("balance", 300);
		assertThat(redemptions(customer, reward)).isOne();
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

	private String reward(String name, int cost) {
		return (String) Api.json(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
				Map.of("name", name + " " + UUID.randomUUID(), "pointsCost", cost)), 201)
			.get("id");
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
