package com.jainshikanji.loyalty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

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
	void anUnknownRewardIsNotFound() {
		assertThat(problem(
				this.api.post("/api/v1/loyalty/redeem", TestTokens.customer(), Map.of("rewardId", UUID.randomUUID())),
				404)
			.typeSlug()).isEqualTo("reward-not-found");
	}

}
