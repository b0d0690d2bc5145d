package com.jainshikanji.customer;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class ProfileTests {

	@Autowired
	RestTestClient client;

	Api api;

	Tokens alice;

	String aliceId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.alice = this.api.registerCustomer();
		this.aliceId = this.api.idOf(this.alice);
	}

	@Test
	void aCustomerReadsTheirProfileAsMeOrByTheirId() {
		Map<?, ?> me = profile("/api/v1/customers/me", this.alice.accessToken());
		Map<?, ?> byId = profile("/api/v1/customers/" + this.aliceId, this.alice.accessToken());
		assertThat(byId).isEqualTo(me);
		assertThat(me.get("firstName")).isEqualTo("Asha");
	}

	@Test
	void aCustomerUpdatesTheirProfile() {
		Map<?, ?> updated = this.api
			.put("/api/v1/customers/me", this.alice.accessToken(),
					TestRequests.profile()
						.lastName("Shah")
						.displayName("Ash")
						.phone("+919812345678")
						.dateOfBirth("1990-04-01")
						.gender("FEMALE"))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(updated.get("lastName")).isEqualTo("Shah");
		assertThat(updated.get("phone")).isEqualTo("+919812345678");
		assertThat(profile("/api/v1/customers/me", this.alice.accessToken()).get("dateOfBirth"))
			.isEqualTo("1990-04-01");
	}

	@Test
	void anUpdateCannotTouchRolesLoyaltyOrVerification() {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Asha");
		body.put("roles", new String[] { "ADMIN" });
		body.put("loyaltyPoints", 5000);
		body.put("loyaltyTier", "PLATINUM");
		body.put("emailVerified", true);
		body.put("email", "someone-else@example.com");
		this.api.put("/api/v1/customers/me", this.alice.accessToken(), body).expectStatus().isOk();

		Map<?, ?> me = profile("/api/v1/customers/me", this.alice.accessToken());
		assertThat(me.get("roles")).asList().containsExactly("CUSTOMER");
		assertThat(me.get("loyaltyPoints")).isEqualTo(0);
		assertThat(me.get("loyaltyTier")).isEqualTo("BRONZE");
		assertThat(me.get("emailVerified")).isEqualTo(false);
		assertThat(me.get("email")).isNotEqualTo("someone-else@example.com");
	}

	@Test
	void anotherCustomersProfileIsNotFoundNotForbidden() {
		Tokens mallory = this.api.registerCustomer();

		Problem read = this.api.get("/api/v1/customers/" + this.aliceId, mallory.accessToken())
			.expectStatus()
			.isNotFound()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(read.typeSlug()).isEqualTo("customer-not-found");
		this.api
			.put("/api/v1/customers/" + this.aliceId, mallory.accessToken(), TestRequests.profile().firstName("Pwned"))
			.expectStatus()
			.isNotFound();
		// Same answer as for an id that does not exist at all.
		this.api.get("/api/v1/customers/" + java.util.UUID.randomUUID(), mallory.accessToken())
			.expectStatus()
			.isNotFound();
		assertThat(profile("/api/v1/customers/me", this.alice.accessToken()).get("firstName")).isEqualTo("Asha");
	}

	@Test
	void anAdministratorReadsAndUpdatesAnyCustomer() {
		Tokens admin = this.api.loginAsAdmin();

		assertThat(profile("/api/v1/customers/" + this.aliceId, admin.accessToken()).get("id")).isEqualTo(this.aliceId);
		this.api
			.put("/api/v1/customers/" + this.aliceId, admin.accessToken(),
					TestRequests.profile().firstName("Asha Devi"))
			.expectStatus()
			.isOk();
		assertThat(profile("/api/v1/customers/me", this.alice.accessToken()).get("firstName")).isEqualTo("Asha Devi");
		this.api.get("/api/v1/customers/" + java.util.UUID.randomUUID(), admin.accessToken())
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aPhoneNumberBelongsToOneAccount() {
		Tokens bob = this.api.registerCustomer();
		String phone = "+91" + (9000000000L + (long) (Math.random() * 999999999L));
		this.api.put("/api/v1/customers/me", this.alice.accessToken(), TestRequests.profile().phone(phone))
			.expectStatus()
			.isOk();

		Problem problem = this.api
			.put("/api/v1/customers/me", bob.accessToken(), TestRequests.profile().firstName("Bob").phone(phone))
			.expectStatus()
			.isEqualTo(409)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("phone-in-use");
	}

	@Test
	void invalidProfileFieldsAreNamed() {
		Problem problem = this.api
			.put("/api/v1/customers/me", this.alice.accessToken(),
					TestRequests.profile().firstName("").phone("call me").dateOfBirth("2999-01-01"))
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("dateOfBirth", "firstName", "phone");
	}

	@Test
	void aValueOfTheWrongTypeIsNamedNotAServerError() {
		Problem problem = this.api
			.put("/api/v1/customers/me", this.alice.accessToken(), TestRequests.profile().dateOfBirth("first of April"))
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).singleElement().satisfies((error) -> {
			assertThat(error.get("field")).isEqualTo("dateOfBirth");
			assertThat(error.get("message")).contains("date");
		});
		Problem gender = this.api
			.put("/api/v1/customers/me", this.alice.accessToken(), TestRequests.profile().gender("ROBOT"))
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(gender.errors()).singleElement()
			.satisfies((error) -> assertThat(error.get("field")).isEqualTo("gender"));
	}

	@Test
	void controlCharactersInTheNamesAreRefusedByNameAndNothingChanges() {
		Problem problem = problem(this.api.put("/api/v1/customers/me", this.alice.accessToken(),
				TestRequests.profile()
					.firstName("Eve\r\nBcc: victim@example.com")
					.lastName("Jain\t")
					.displayName("Ash\u001b[31m")),
				400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("firstName", "lastName", "displayName");
		assertThat(profile("/api/v1/customers/me", this.alice.accessToken()).get("firstName")).isEqualTo("Asha");
		this.api
			.put("/api/v1/customers/me", this.alice.accessToken(),
					TestRequests.profile().firstName("आशा").lastName("Jain-Shah").displayName("Ásha O'Neil"))
			.expectStatus()
			.isOk();
	}

	private Map<?, ?> profile(String path, String token) {
		return this.api.get(path, token).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

}
