package com.jainshikanji.customer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountStatusChanged;
import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator deactivates an account and reactivates it: a deactivated account's
 * sessions end, it cannot log in, the other services no longer find it, the owner is
 * told, and only an administrator may decide so, never about their own account.
 */
@CustomerServiceTest
class AccountStatusTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	String admin;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.admin = this.api.loginAsAdmin().accessToken();
	}

	@Test
	void aDeactivatedAccountLosesItsSessionsAndCannotLogInUntilItIsReactivated() {
		String email = Api.uniqueEmail();
		Tokens phone = this.api.register(email, Api.PASSWORD);
		Tokens laptop = this.api.login(email, Api.PASSWORD);
		Tokens tablet = this.api.login(email, Api.PASSWORD);
		String id = this.api.idOf(phone);
		String serviceToken = StoreServiceContractTests.serviceToken(this.api);

		Map<String, Object> deactivated = status(id, this.admin,
				Map.of("active", false, "reason", "Refused 4 COD orders"))
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(deactivated).containsEntry("id", id).containsEntry("active", false);
		for (Tokens session : List.of(phone, laptop)) {
			refresh(session).expectStatus().isUnauthorized();
		}
		assertThat(problem(login(email), 403).typeSlug()).isEqualTo("account-disabled");
		assertThat(problem(this.api.get("/api/v1/users/" + id, serviceToken), 404).typeSlug())
			.isEqualTo("customer-not-found");
		// Deactivating it again changes nothing, and is not recorded again.
		status(id, this.admin, Map.of("active", false)).expectStatus().isOk();
		assertThat(audit("customer.deactivated", id)).singleElement()
			.satisfies((entry) -> assertThat(details(entry)).containsEntry("reason", "Refused 4 COD orders"));

		status(id, this.admin, Map.of("active", true, "reason", "Paid what was owed")).expectStatus().isOk();

		login(email).expectStatus().isOk();
		this.api.get("/api/v1/users/" + id, serviceToken).expectStatus().isOk();
		// Sessions ended when it was deactivated stay ended, even one not tried
		// meanwhile.
		refresh(tablet).expectStatus().isUnauthorized();
		assertThat(audit("customer.reactivated", id)).hasSize(1);
		// The owner is told of each change, once: notification-service emails them.
		try (TopicReader reader = TopicReader.of(Topics.CUSTOMER)) {
			List<AccountStatusChanged> changes = reader
				.await((record) -> id.equals(record.key())
						&& this.json.read(record.value()).is(AccountStatusChanged.class), 2, Duration.ofSeconds(30))
				.stream()
				.map((record) -> this.json.payload(this.json.read(record.value()), AccountStatusChanged.class))
				.toList();
			assertThat(changes).extracting(AccountStatusChanged::active).containsExactly(false, true);
			assertThat(changes).allSatisfy((change) -> assertThat(change.email()).isEqualTo(email));
			assertThat(reader.readFor(Duration.ofSeconds(2),
					(record) -> id.equals(record.key())
							&& this.json.read(record.value()).is(AccountStatusChanged.class)))
				.as("each change announced once")
				.hasSize(2);
		}
	}

	@Test
	void onlyAnAdministratorDecidesAndNeverAboutTheirOwnAccount() throws Exception {
		Tokens customer = this.api.registerCustomer();
		Tokens other = this.api.registerCustomer();
		String id = this.api.idOf(customer);
		Map<String, Object> deactivate = Map.of("active", false);

		status(id, null, deactivate).expectStatus().isUnauthorized();
		assertThat(problem(status(id, customer.accessToken(), deactivate), 403).typeSlug()).isEqualTo("access-denied");
		assertThat(problem(status(id, other.accessToken(), deactivate), 403).typeSlug()).isEqualTo("access-denied");
		String staff = UserLookupTests.staffToken(this.api, this.kafka, this.json);
		assertThat(problem(status(id, staff, deactivate), 403).typeSlug()).isEqualTo("access-denied");
		String adminId = this.api.idOf(this.api.loginAsAdmin());
		assertThat(problem(status(adminId, this.admin, deactivate), 409).typeSlug()).isEqualTo("own-account");

		refresh(customer).expectStatus().isOk();
		login(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).expectStatus().isOk();
	}

	@Test
	void badRequestsNameWhatIsWrong() {
		String id = this.api.idOf(this.api.registerCustomer());

		assertThat(problem(status(UUID.randomUUID().toString(), this.admin, Map.of("active", false)), 404).typeSlug())
			.isEqualTo("customer-not-found");
		assertThat(problem(status("not-an-id", this.admin, Map.of("active", false)), 400).typeSlug())
			.isEqualTo("validation-failed");
		assertThat(problem(status(id, this.admin, Map.of("reason", "no state")), 400).fields())
			.containsExactly("active");
		assertThat(problem(status(id, this.admin, Map.of("active", false, "reason", "x".repeat(501))), 400).fields())
			.containsExactly("reason");
		assertThat(problem(status(id, this.admin, Map.of("active", "no")), 400).fields()).containsExactly("active");
	}

	private RestTestClient.ResponseSpec status(String customerId, String token, Map<String, Object> body) {
		return this.api.put("/api/v1/customers/" + customerId + "/status", token, body);
	}

	private RestTestClient.ResponseSpec login(String email) {
		return login(email, Api.PASSWORD);
	}

	private RestTestClient.ResponseSpec login(String email, String password) {
		return this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
	}

	private RestTestClient.ResponseSpec refresh(Tokens session) {
		return this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.refreshToken()));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> audit(String action, String customerId) {
		Map<String, Object> page = this.api
			.get("/api/v1/admin/audit?size=200&action=" + action + "&targetId=" + customerId, this.admin)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) page.get("items");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

}
