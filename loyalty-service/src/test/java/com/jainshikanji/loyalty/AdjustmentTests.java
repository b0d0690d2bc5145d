package com.jainshikanji.loyalty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's manual adjustments reach only customers the identity service
 * (customer-service) knows, whether or not their points ever moved here, and never the
 * admin's own account.
 */
@LoyaltyServiceTest
class AdjustmentTests {

	private static final String EARN = "/api/v1/loyalty/earn";

	@Autowired
	RestTestClient client;

	@Autowired
	CircuitBreakerRegistry breakers;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@AfterEach
	void customerServiceBack() {
		Customers.stub.reset();
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
	}

	@Test
	void aCustomerTheIdentityServiceDoesNotKnowIsRefusedNamingCustomerId() {
		UUID nobody = UUID.randomUUID();
		Customers.stub.unknown(nobody);

		RestTestClient.ResponseSpec refused = this.api.post(EARN, TestTokens.admin(), goodwill(nobody, 50));

		Problem problem = problem(refused, 422);
		assertThat(problem.typeSlug()).isEqualTo("unknown-customer");
		assertThat(problem.detail()).contains("customerId", nobody.toString());
		assertThat(Api.json(this.api.post(EARN, TestTokens.admin(), goodwill(nobody, 50)), 422))
			.containsEntry("field", "customerId")
			.containsEntry("customerId", nobody.toString());
		assertNothingPosted(nobody);
	}

	/**
	 * Accounts open when a customer's points first move, so a customer who registered and
	 * never ordered has none here: the identity service knows them, and that is enough.
	 */
	@Test
	void aCustomerWhosePointsNeverMovedIsCredited() {
		UUID newcomer = UUID.randomUUID();

		Map<String, Object> account = Api.ok(this.api.post(EARN, TestTokens.admin(), goodwill(newcomer, 50)));

		assertThat(account).containsEntry("balance", 50);
		assertThat(Customers.stub.lookups(newcomer)).isOne();
	}

	/**
	 * An account proves nothing: adjustments opened accounts for any id before the
	 * identity service was asked.
	 */
	@Test
	void anAccountOfAnIdTheIdentityServiceDoesNotKnowTakesNoMoreAdjustments() {
		UUID ghost = UUID.randomUUID();
		this.api.credit(ghost, 40);
		Customers.stub.unknown(ghost);

		assertThat(problem(this.api.post(EARN, TestTokens.admin(), goodwill(ghost, -40)), 422).typeSlug())
			.isEqualTo("unknown-customer");
		assertThat(this.api.balance(ghost)).isEqualTo(40);
	}

	@Test
	void anAdminCannotAdjustTheirOwnPoints() {
		UUID adminId = UUID.randomUUID();
		String admin = TestTokens.token(adminId, List.of("ADMIN"), List.of());

		for (int points : new int[] { 500, -1 }) {
			Problem problem = problem(this.api.post(EARN, admin, goodwill(adminId, points)), 403);
			assertThat(problem.typeSlug()).isEqualTo("own-points-adjustment");
			assertThat(problem.title()).isEqualTo("Admins cannot adjust their own points");
			assertThat(problem.detail()).contains(adminId.toString(), "another admin");
		}

		// Nobody was asked, nothing was posted; another admin may.
		assertThat(Customers.stub.lookups(adminId)).isZero();
		assertNothingPosted(adminId);
		assertThat(Api.ok(this.api.post(EARN, TestTokens.admin(), goodwill(adminId, 500)))).containsEntry("balance",
				500);
	}

	@Test
	void whileTheCustomerServiceIsDownNoPointsMove() {
		UUID customer = UUID.randomUUID();
		this.api.credit(customer, 40);
		Customers.stub.down();

		RestTestClient.ResponseSpec refused = this.api.post(EARN, TestTokens.admin(), goodwill(customer, 10));

		refused.expectHeader().valueEquals("Retry-After", "1");
		Problem problem = problem(refused, 503);
		assertThat(problem.type()).isEqualTo(ProblemTypes.SERVICE_UNAVAILABLE.toString());
		assertThat(problem.detail()).contains(customer.toString(), "customer service cannot be reached");
		Customers.stub.reset();
		assertThat(this.api.balance(customer)).isEqualTo(40);
	}

	/**
	 * A 404 that is not the customer service's own "no such customer" (a wrong base URL)
	 * says nothing about the customer.
	 */
	@Test
	void aBare404IsNotTakenForAnUnknownCustomer() {
		UUID customer = UUID.randomUUID();
		Customers.stub.answers(404);

		assertThat(problem(this.api.post(EARN, TestTokens.admin(), goodwill(customer, 10)), 503).detail())
			.contains("answered 404");
		assertNothingPosted(customer);
	}

	@Test
	void aRefusedServiceTokenIsReplacedOnce() {
		this.api.credit(UUID.randomUUID(), 10);
		Customers.stub.rotateToken();
		UUID customer = UUID.randomUUID();

		assertThat(Api.ok(this.api.post(EARN, TestTokens.admin(), goodwill(customer, 10)))).containsEntry("balance",
				10);
		assertThat(Customers.stub.lookups(customer)).isEqualTo(2);
	}

	@Test
	void aCustomerServiceThatKeepsFailingIsGivenARest() {
		UUID customer = UUID.randomUUID();
		this.breakers.circuitBreaker("customer").transitionToForcedOpenState();

		RestTestClient.ResponseSpec refused = this.api.post(EARN, TestTokens.admin(), goodwill(customer, 10));

		refused.expectHeader().valueEquals("Retry-After", "10");
		assertThat(problem(refused, 503).detail()).contains("is given a rest");
		assertThat(Customers.stub.lookups(customer)).isZero();
	}

	private void assertNothingPosted(UUID customerId) {
		Map<String, Object> account = Api
			.ok(this.api.get("/api/v1/loyalty/customer/" + customerId, TestTokens.admin()));
		assertThat(account).containsEntry("balance", 0);
		assertThat(((Map<?, ?>) account.get("history")).get("totalItems")).isEqualTo(0);
		assertThat(this.api.audit("loyalty.points-adjusted", customerId)).isEmpty();
	}

	private static Map<String, Object> goodwill(UUID customerId, int points) {
		return Map.of("customerId", customerId, "points", points, "reason", "Goodwill");
	}

}
