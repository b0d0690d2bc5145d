package com.jainshikanji.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Requests.aStaffChange;
import static com.jainshikanji.store.Requests.aStaffMember;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only users the identity service (customer-service) knows are put to work at a store:
 * this service asks it, with its own SERVICE token, before it assigns anyone, and assigns
 * no one while it cannot ask.
 */
@StoreServiceTest
class StaffUserCheckTests {

	@Autowired
	RestTestClient client;

	@Autowired
	CircuitBreakerRegistry breakers;

	Api api;

	UUID storeId;

	String staff;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
		this.staff = STORES + "/" + this.storeId + "/staff";
	}

	@AfterEach
	void customerServiceBack() {
		Users.stub.reset();
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
	}

	@Test
	void aUserTheIdentityServiceDoesNotKnowIsRefusedNamingUserId() {
		UUID nobody = UUID.randomUUID();
		Users.stub.unknown(nobody);

		RestTestClient.ResponseSpec refused = this.api.post(this.staff, admin(), aStaffMember(nobody, "CHEF").build());

		Problem problem = problem(refused, 422);
		assertThat(problem.typeSlug()).isEqualTo("unknown-user");
		assertThat(problem.detail()).contains("userId", nobody.toString());
		assertThat(map(this.api.post(this.staff, admin(), aStaffMember(nobody, "CHEF").build())))
			.containsEntry("field", "userId")
			.containsEntry("userId", nobody.toString());
		assertThat(staffList()).isEmpty();
	}

	@Test
	void theStoresManagerCannotPutAnUnknownUserToWorkEither() {
		String manager = this.api.managerOf(this.storeId);
		UUID nobody = UUID.randomUUID();
		Users.stub.unknown(nobody);

		assertThat(problem(this.api.post(this.staff, manager, aStaffMember(nobody, "CASHIER").build()), 422).typeSlug())
			.isEqualTo("unknown-user");
		assertThat(staffList()).extracting((member) -> member.get("userId")).doesNotContain(nobody.toString());
	}

	@Test
	void aKnownUserIsAskedAboutOnceWithTheServicesOwnToken() {
		UUID userId = UUID.randomUUID();

		this.api.post(this.staff, admin(), aStaffMember(userId, "CHEF").build()).expectStatus().isCreated();

		// The stub answers a lookup only to the SERVICE token it handed out.
		assertThat(Users.stub.lookups(userId)).isOne();
		assertThat(staffList()).extracting((member) -> member.get("userId")).containsExactly(userId.toString());
	}

	@Test
	void aStoodDownMemberWhoseUserIsGoneIsNotPutBackToWork() {
		UUID userId = UUID.randomUUID();
		String member = this.staff + "/" + Api.id(this.api.addStaff(this.storeId, userId, "CHEF"));
		this.api.delete(member, admin()).expectStatus().isNoContent();
		Users.stub.unknown(userId);

		Problem problem = problem(this.api.put(member, admin(), aStaffChange("Ravi Shah", "CHEF", true)), 422);

		assertThat(problem.typeSlug()).isEqualTo("unknown-user");
		assertThat(problem.detail()).contains(userId.toString());
		assertThat(map(this.api.get(member, admin()))).containsEntry("active", false);
		// Changing what the stood-down record says does not ask.
		this.api.put(member, admin(), aStaffChange("Ravi S. Shah", "CHEF", false)).expectStatus().isOk();
		assertThat(Users.stub.lookups(userId)).isEqualTo(2);
	}

	@Test
	void whileTheCustomerServiceIsDownNobodyIsPutBackToWorkButActiveRecordsStillChange() {
		String stoodDown = this.staff + "/" + Api.id(this.api.addStaff(this.storeId, UUID.randomUUID(), "CHEF"));
		this.api.delete(stoodDown, admin()).expectStatus().isNoContent();
		String working = this.staff + "/" + Api.id(this.api.addStaff(this.storeId, UUID.randomUUID(), "CASHIER"));
		Users.stub.down();

		assertThat(problem(this.api.put(stoodDown, admin(), aStaffChange("Ravi Shah", "CHEF", true)), 503).type())
			.isEqualTo(ProblemTypes.SERVICE_UNAVAILABLE.toString());
		assertThat(map(this.api.get(stoodDown, admin()))).containsEntry("active", false);
		this.api.put(working, admin(), aStaffChange("Meena Patel", "CHEF", true)).expectStatus().isOk();

		Users.stub.reset();
		assertThat(map(this.api.put(stoodDown, admin(), aStaffChange("Ravi Shah", "CHEF", true)).expectStatus().isOk()))
			.containsEntry("active", true);
	}

	@Test
	void aRefusedServiceTokenIsReplacedOnce() {
		this.api.addStaff(this.storeId, UUID.randomUUID(), "CHEF");
		Users.stub.rotateToken();
		UUID userId = UUID.randomUUID();

		this.api.post(this.staff, admin(), aStaffMember(userId, "CASHIER").build()).expectStatus().isCreated();

		// Refused with the old token, answered with the new one.
		assertThat(Users.stub.lookups(userId)).isEqualTo(2);
	}

	@Test
	void whileTheCustomerServiceIsDownNobodyIsAssigned() {
		UUID userId = UUID.randomUUID();
		Users.stub.down();

		RestTestClient.ResponseSpec refused = this.api.post(this.staff, admin(), aStaffMember(userId, "CHEF").build());

		refused.expectHeader().valueEquals("Retry-After", "1");
		Problem problem = problem(refused, 503);
		assertThat(problem.type()).isEqualTo(ProblemTypes.SERVICE_UNAVAILABLE.toString());
		assertThat(problem.detail()).contains(userId.toString(), "customer service cannot be reached");
		assertThat(staffList()).isEmpty();

		Users.stub.reset();
		this.api.post(this.staff, admin(), aStaffMember(userId, "CHEF").build()).expectStatus().isCreated();
	}

	@Test
	void aSlowCustomerServiceIsA503WithinTheTimeoutAndAskedOnce() {
		UUID userId = UUID.randomUUID();
		Users.stub.slow();

		long started = System.nanoTime();
		Problem problem = problem(this.api.post(this.staff, admin(), aStaffMember(userId, "CHEF").build()), 503);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(problem.detail()).contains("did not answer in time");
		assertThat(took).isLessThan(Duration.ofMillis(2500));
		assertThat(Users.stub.lookups(userId)).isOne();
		assertThat(staffList()).isEmpty();
	}

	/**
	 * A 404 that is not the customer service's own "no such customer" (a wrong base URL)
	 * says nothing about the user: not a 422, and nothing assigned.
	 */
	@Test
	void aBare404IsNotTakenForAnUnknownUser() {
		UUID userId = UUID.randomUUID();
		Users.stub.answers(404);

		Problem problem = problem(this.api.post(this.staff, admin(), aStaffMember(userId, "CHEF").build()), 503);

		assertThat(problem.detail()).contains("answered 404");
		assertThat(staffList()).isEmpty();
	}

	@Test
	void aCustomerServiceThatKeepsFailingIsGivenARest() {
		UUID userId = UUID.randomUUID();
		this.breakers.circuitBreaker("customer").transitionToForcedOpenState();

		RestTestClient.ResponseSpec refused = this.api.post(this.staff, admin(), aStaffMember(userId, "CHEF").build());

		refused.expectHeader().valueEquals("Retry-After", "10");
		assertThat(problem(refused, 503).detail()).contains("is given a rest");
		assertThat(Users.stub.lookups(userId)).isZero();
	}

	/**
	 * What the request can be refused for without asking anyone is refused first: a
	 * caller who may not run the store's staff, a store that does not exist, a user who
	 * already has a record there.
	 */
	@Test
	void refusalsThatNeedNoAnswerComeFirstAndAskNobody() {
		UUID userId = UUID.randomUUID();
		this.api.addStaff(this.storeId, userId, "CHEF");
		Users.stub.down();
		int asked = Users.stub.lookups();

		problem(this.api.post(this.staff, TestTokens.customer(), aStaffMember(UUID.randomUUID(), "CHEF").build()), 403);
		problem(this.api.post(STORES + "/" + UUID.randomUUID() + "/staff", admin(),
				aStaffMember(UUID.randomUUID(), "CHEF").build()), 404);
		assertThat(problem(this.api.post(this.staff, admin(), aStaffMember(userId, "CASHIER").build()), 409).typeSlug())
			.isEqualTo("staff-already-assigned");
		assertThat(Users.stub.lookups()).isEqualTo(asked);
	}

	private List<Map<String, Object>> staffList() {
		return this.api.get(this.staff, admin())
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
