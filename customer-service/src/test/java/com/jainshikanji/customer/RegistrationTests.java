package com.jainshikanji.customer;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class RegistrationTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void registeringReturnsBearerTokensAndTheProfileLocation() {
		String email = Api.uniqueEmail();
		var result = this.api
			.post("/api/v1/auth/register", null,
					Map.of("email", email, "password", Api.PASSWORD, "firstName", "Asha", "lastName", "Jain"))
			.expectStatus()
			.isCreated()
			.expectBody(Tokens.class)
			.returnResult();
		Tokens tokens = result.getResponseBody();
		assertThat(tokens.tokenType()).isEqualTo("Bearer");
		assertThat(tokens.expiresIn()).isEqualTo(900);
		assertThat(tokens.accessToken()).contains(".");
		assertThat(tokens.refreshToken()).hasSize(43).doesNotContain(".");
		String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		assertThat(location).matches(".*/api/v1/customers/[0-9a-f-]{36}");

		Map<?, ?> profile = this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(profile.get("email")).isEqualTo(email);
		assertThat(location).endsWith((String) profile.get("id"));
	}

	@Test
	void registrationAlwaysCreatesAPlainCustomerWhateverTheBodyClaims() {
		String email = Api.uniqueEmail();
		Tokens tokens = this.api
			.post("/api/v1/auth/register", null,
					Map.of("email", email, "password", Api.PASSWORD, "firstName", "Mallory", "roles",
							new String[] { "ADMIN" }, "role", "ADMIN", "loyaltyPoints", 100000, "loyaltyTier",
							"PLATINUM", "emailVerified", true))
			.expectStatus()
			.isCreated()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();

		Map<?, ?> profile = this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(profile.get("roles")).asList().containsExactly("CUSTOMER");
		assertThat(profile.get("loyaltyPoints")).isEqualTo(0);
		assertThat(profile.get("loyaltyTier")).isEqualTo("BRONZE");
		assertThat(profile.get("emailVerified")).isEqualTo(false);
	}

	@Test
	void anEmailCanBeRegisteredOnlyOnceWhateverItsCase() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);

		Problem problem = this.api
			.post("/api/v1/auth/register", null,
					Map.of("email", email.toUpperCase(), "password", Api.PASSWORD, "firstName", "Asha"))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("email-already-registered");
	}

	@Test
	void invalidFieldsAreAllNamedInOneProblem() {
		Problem problem = this.api
			.post("/api/v1/auth/register", null, Map.of("email", "not-an-email", "password", "short", "firstName", " "))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.errors()).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("email", "firstName", "password");
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedRatherThanTruncated() {
		// 30 characters, but 90 bytes in UTF-8: bcrypt would silently ignore everything
		// past byte 72.
		String password = "€".repeat(30);
		Problem problem = this.api
			.post("/api/v1/auth/register", null,
					Map.of("email", Api.uniqueEmail(), "password", password, "firstName", "Asha"))
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).singleElement().satisfies((error) -> {
			assertThat(error.get("field")).isEqualTo("password");
			assertThat(error.get("message")).contains("72 bytes");
		});
	}

	@Test
	void controlCharactersInTheNamesAreRefusedByName() {
		// A line break in the first name would reach the welcome email's headers.
		String email = Api.uniqueEmail();

		Problem problem = problem(this.api.post("/api/v1/auth/register", null, Map.of("email", email, "password",
				Api.PASSWORD, "firstName", "Eve\r\nBcc: victim@example.com", "lastName", "Jain\u0007")), 400);

		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).containsExactlyInAnyOrder("firstName", "lastName");
		assertThat(problem.errors()).extracting((error) -> error.get("message"))
			.allSatisfy((message) -> assertThat((String) message).contains("control characters"));
		this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isUnauthorized();
	}

}
