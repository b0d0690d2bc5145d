package com.jainshikanji.customer;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class LoginTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void loggingInWithTheRightPasswordReturnsTokensForThatCustomer() {
		String email = Api.uniqueEmail();
		Tokens registered = this.api.register(email, Api.PASSWORD);

		Tokens tokens = this.api.login(email.toUpperCase(), Api.PASSWORD);

		assertThat(tokens.refreshToken()).isNotEqualTo(registered.refreshToken());
		Map<?, ?> me = this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(me.get("email")).isEqualTo(email);
	}

	@Test
	void aPasswordWithAccentsIsTheSamePasswordWhetherItsAccentsArriveComposedOrCombining() {
		String email = Api.uniqueEmail();
		// "Crème brûlée 7" as one keyboard sends it (è, û and é as one code point
		// each)...
		String composed = "Cr\u00e8me br\u00fbl\u00e9e 7";
		// ...and as another does (each letter followed by a combining accent).
		String combining = "Cre\u0300me bru\u0302le\u0301e 7";
		this.api.register(email, composed);

		Tokens tokens = this.api.login(email, combining);

		this.api.get("/api/v1/customers/me", tokens.accessToken()).expectStatus().isOk();
		assertThat(this.api.login(email, composed).accessToken()).isNotBlank();
		loginFails(email, "Creme brulee 7", 401);
	}

	@Test
	void aWrongPasswordAndAnUnknownAccountGetTheSameGenericAnswer() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);

		Problem wrongPassword = loginFails(email, "not-the-password", 401);
		Problem unknownAccount = loginFails(Api.uniqueEmail(), "not-the-password", 401);

		assertThat(wrongPassword.typeSlug()).isEqualTo("invalid-credentials");
		assertThat(unknownAccount).usingRecursiveComparison().ignoringFields("instance").isEqualTo(wrongPassword);
	}

	@Test
	void afterFiveFailuresAnAccountIsThrottledEvenWithTheRightPassword() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);
		for (int i = 0; i < 5; i++) {
			loginFails(email, "guess-" + i, 401);
		}

		var result = this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isEqualTo(429)
			.expectBody(Problem.class)
			.returnResult();

		assertThat(result.getResponseBody().typeSlug()).isEqualTo("too-many-requests");
		assertThat(Long.parseLong(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 900L);
		// Another client trying the same account is held back too: the limit is per
		// account.
		new Api(this.client).post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isEqualTo(429);
	}

	@Test
	void throttlingAnAccountThatDoesNotExistLooksExactlyLikeThrottlingOneThatDoes() {
		String existing = Api.uniqueEmail();
		this.api.register(existing, Api.PASSWORD);
		String missing = Api.uniqueEmail();
		for (int i = 0; i < 5; i++) {
			loginFails(existing, "guess-" + i, 401);
			loginFails(missing, "guess-" + i, 401);
		}

		Problem existingThrottled = loginFails(existing, "guess", 429);
		Problem missingThrottled = loginFails(missing, "guess", 429);

		assertThat(missingThrottled).usingRecursiveComparison().ignoringFields("instance").isEqualTo(existingThrottled);
	}

	@Test
	void oneClientGuessingAcrossManyAccountsIsThrottledByItsAddress() {
		Api guesser = new Api(this.client, "10.200.0.1");
		for (int i = 0; i < 20; i++) {
			guesser.post("/api/v1/auth/login", null, Map.of("email", Api.uniqueEmail(), "password", "guess"))
				.expectStatus()
				.isUnauthorized();
		}
		String victim = Api.uniqueEmail();
		this.api.register(victim, Api.PASSWORD);

		guesser.post("/api/v1/auth/login", null, Map.of("email", victim, "password", Api.PASSWORD))
			.expectStatus()
			.isEqualTo(429);
		// The victim, from their own address, still gets in.
		this.api.login(victim, Api.PASSWORD);
	}

	@Test
	void aSuccessfulLoginForgivesEarlierFailuresOfTheAccount() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);
		for (int i = 0; i < 4; i++) {
			loginFails(email, "typo-" + i, 401);
		}
		this.api.login(email, Api.PASSWORD);
		for (int i = 0; i < 4; i++) {
			loginFails(email, "typo-again-" + i, 401);
		}
		this.api.login(email, Api.PASSWORD);
	}

	@Test
	void theBootstrapAdministratorCanLogInAndHoldsTheAdminRole() {
		Tokens tokens = this.api.loginAsAdmin();
		Map<?, ?> me = this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(me.get("roles")).asList().containsExactly("ADMIN");
	}

	private Problem loginFails(String email, String password, int status) {
		return this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password))
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
	}

}
