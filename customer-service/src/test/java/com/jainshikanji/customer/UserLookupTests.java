package com.jainshikanji.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.customer.TestAccessTokens.claims;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's services learn whether a user exists, and with which roles, from
 * {@code GET /api/v1/users/{userId}} with their SERVICE token, and nothing else about
 * them: the endpoint answers no personal data, answers no one but a service, and a
 * SERVICE token reads no customer's profile.
 */
@CustomerServiceTest
class UserLookupTests {

	private static final String USERS = "/api/v1/users/";

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	String serviceToken;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.serviceToken = StoreServiceContractTests.serviceToken(this.api);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aServiceLearnsThatAUserExistsWithTheirRolesAndNothingPersonal() {
		String customerToken = this.api.registerCustomer().accessToken();
		String userId = this.api.idOf(customerToken);
		this.api.put("/api/v1/customers/me", customerToken, TestRequests.profile().dateOfBirth("1990-04-12"))
			.expectStatus()
			.isOk();

		Map<String, Object> user = this.api.get(USERS + userId, this.serviceToken)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(user).containsOnlyKeys("id", "roles").containsEntry("id", userId);
		assertThat((List<Object>) user.get("roles")).containsExactly("CUSTOMER");
	}

	@Test
	void aUserNobodyHasIs404CustomerNotFound() {
		UUID nobody = UUID.randomUUID();

		Problem problem = problem(this.api.get(USERS + nobody, this.serviceToken), 404);

		assertThat(problem.typeSlug()).isEqualTo("customer-not-found");
		assertThat(problem.detail()).contains(nobody.toString());
	}

	@Test
	void anIdThatIsNoUuidIsABadRequestNamingIt() {
		Problem problem = problem(this.api.get(USERS + "not-a-uuid", this.serviceToken), 400);

		assertThat(problem.detail()).contains("userId");
	}

	/**
	 * Only a service asks: a customer, even about themselves, an admin and a member of
	 * staff are refused as any signed-in caller is refused what their role does not allow
	 * (403), before anything is looked up, so the answer says nothing about the id; a
	 * request without a token is 401.
	 */
	@Test
	void customersStaffAdminsAndAnonymousCallersAreRefused() throws Exception {
		String customerToken = this.api.registerCustomer().accessToken();
		String customerId = this.api.idOf(customerToken);
		String admin = this.api.loginAsAdmin().accessToken();

		assertThat(problem(this.api.get(USERS + customerId, customerToken), 403).typeSlug()).isEqualTo("access-denied");
		assertThat(problem(this.api.get(USERS + UUID.randomUUID(), customerToken), 403).typeSlug())
			.isEqualTo("access-denied");
		assertThat(problem(this.api.get(USERS + customerId, admin), 403).typeSlug()).isEqualTo("access-denied");
		assertThat(
				problem(this.api.get(USERS + customerId, staffToken(this.api, this.kafka, this.json)), 403).typeSlug())
			.isEqualTo("access-denied");
		problem(this.api.get(USERS + customerId, null), 401);
		problem(this.api.raw()
			.head()
			.uri(USERS + customerId)
			.header("Authorization", "Bearer " + this.serviceToken)
			.exchange(), 403);
	}

	/**
	 * A SERVICE token reaches no customer's data: not the profile (what the lookup above
	 * is for), nor addresses, preferences or favourites, and it changes nothing. Refused
	 * as anyone else's data is refused here, as not found.
	 */
	@Test
	void aServiceTokenReadsNoProfileNorAnythingElseOfACustomers() {
		String customerToken = this.api.registerCustomer().accessToken();
		String customer = "/api/v1/customers/" + this.api.idOf(customerToken);
		this.api.post(customer + "/addresses", customerToken, TestRequests.address()).expectStatus().isCreated();

		assertThat(problem(this.api.get(customer, this.serviceToken), 404).typeSlug()).isEqualTo("customer-not-found");
		this.api.get(customer + "/addresses", this.serviceToken).expectStatus().isNotFound();
		this.api.get(customer + "/preferences", this.serviceToken).expectStatus().isNotFound();
		this.api.get(customer + "/favorites", this.serviceToken).expectStatus().isNotFound();
		this.api.put(customer, this.serviceToken, TestRequests.profile().firstName("Changed"))
			.expectStatus()
			.isNotFound();
		this.api.get("/api/v1/customers/me", this.serviceToken).expectStatus().isNotFound();
		assertThat(this.api.get(customer, customerToken).expectBody(Map.class).returnResult().getResponseBody())
			.containsEntry("firstName", "Asha");
	}

	/** The API document describes the lookup, and its answer holds nothing personal. */
	@Test
	@SuppressWarnings("unchecked")
	void theApiDocumentDescribesTheLookupAndItsAnswer() {
		Map<?, ?> docs = this.api.get("/v3/api-docs", null)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		Map<?, ?> operation = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) docs.get("paths")).get("/api/v1/users/{userId}"))
			.get("get");
		assertThat((String) operation.get("summary")).isNotBlank();
		assertThat((String) operation.get("description")).contains("SERVICE");
		Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) docs.get("components")).get("schemas");
		Map<String, Object> answer = (Map<String, Object>) ((Map<?, ?>) schemas.get("UserResponse")).get("properties");
		assertThat(answer.keySet()).containsExactlyInAnyOrder("id", "roles");
	}

	/**
	 * A member of staff's token: a customer assigned to a store (as the store service
	 * announces it), signed in again.
	 */
	@SuppressWarnings("unchecked")
	static String staffToken(Api api, KafkaTemplate<String, String> kafka, EventJson json) throws Exception {
		String email = Api.uniqueEmail();
		String userId = api.idOf(api.register(email, Api.PASSWORD).accessToken());
		StaffAssigned assigned = new StaffAssigned(UUID.randomUUID(), UUID.fromString(userId), UUID.randomUUID(),
				"MANAGER", 1);
		kafka.send(Topics.STORE, assigned.userId().toString(), json.write(json.envelope(assigned, Instant.now(), null)))
			.get();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat((List<Object>) claims(api.login(email, Api.PASSWORD).accessToken()).get("roles"))
						.contains("STAFF"));
		return api.login(email, Api.PASSWORD).accessToken();
	}

}
