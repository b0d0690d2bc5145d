package com.jainshikanji.customer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user changes a password they know: proof by the current password, held to
 * the login's limits, every old session ended and a new one started, the owner told.
 */
@CustomerServiceTest
class PasswordChangeTests {

	private static final String NEW_PASSWORD = "a-brand-new-password";

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	Api api;

	TopicReader topic;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.topic = TopicReader.of(Topics.CUSTOMER);
	}

	@AfterEach
	void closeTopic() {
		this.topic.close();
	}

	@Test
	void theNewPasswordReplacesTheOldEveryOtherSessionEndsAndTheCallerGetsANewOne() {
		String email = Api.uniqueEmail();
		Tokens phone = this.api.register(email, Api.PASSWORD);
		Tokens laptop = this.api.login(email, Api.PASSWORD);

		Tokens changed = change(phone, Api.PASSWORD, NEW_PASSWORD).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();

		this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isUnauthorized();
		for (Tokens ended : List.of(phone, laptop)) {
			refresh(ended).expectStatus().isUnauthorized();
		}
		refresh(changed).expectStatus().isOk();
		this.api.get("/api/v1/customers/me", changed.accessToken()).expectStatus().isOk();
		this.api.login(email, NEW_PASSWORD);
		UUID customerId = UUID.fromString((String) TestAccessTokens.claims(changed.accessToken()).get("sub"));
		PasswordChanged event = this.json.payload(this.json.read(this.topic
			.await((r) -> customerId.toString().equals(r.key()) && this.json.read(r.value()).is(PasswordChanged.class),
					1, Duration.ofSeconds(30))
			.getFirst()
			.value()), PasswordChanged.class);
		assertThat(event.email()).isEqualTo(email);
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
		String email = Api.uniqueEmail();
		Tokens session = this.api.register(email, Api.PASSWORD);
		for (int attempt = 0; attempt < 5; attempt++) {
			Problem wrong = problem(change(session, "a-wrong-guess-" + attempt, NEW_PASSWORD), 403);
			assertThat(wrong.typeSlug()).isEqualTo("wrong-password");
			assertThat(wrong.fields()).containsExactly("currentPassword");
		}
		// The account's limit is reached: even the right password waits, here and at the
		// login, so a stolen access token cannot be used to guess the password.
		assertThat(problem(change(session, Api.PASSWORD, NEW_PASSWORD), 429).typeSlug()).isEqualTo("too-many-requests");
		this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isEqualTo(429);
		refresh(session).expectStatus().isOk();
	}

	@Test
	void badRequestsNameTheirField() {
		Tokens session = this.api.registerCustomer();
		assertThat(problem(change(session, Api.PASSWORD, Api.PASSWORD), 400).fields()).containsExactly("newPassword");
		assertThat(problem(change(session, Api.PASSWORD, "short"), 400).fields()).containsExactly("newPassword");
		assertThat(problem(this.api.post("/api/v1/auth/change-password", session.accessToken(),
				Map.of("newPassword", NEW_PASSWORD)), 400)
			.fields()).containsExactly("currentPassword");
		// None of them changed anything.
		refresh(session).expectStatus().isOk();
	}

	@Test
	void onlyASignedInUserMayChangeTheirPassword() {
		this.api
			.post("/api/v1/auth/change-password", null,
					Map.of("currentPassword", Api.PASSWORD, "newPassword", NEW_PASSWORD))
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void twoChangesAtOnceFromTheSamePasswordChangeItOnce() {
		String email = Api.uniqueEmail();
		Tokens session = this.api.register(email, Api.PASSWORD);

		List<Integer> statuses = Parallel.run(2,
				(i) -> change(session, Api.PASSWORD, NEW_PASSWORD + "-" + i).returnResult(Void.class)
					.getStatus()
					.value());

		assertThat(statuses).containsExactlyInAnyOrder(200, 403);
		int winner = statuses.indexOf(200);
		this.api.login(email, NEW_PASSWORD + "-" + winner);
	}

	private RestTestClient.ResponseSpec change(Tokens session, String currentPassword, String newPassword) {
		return this.api.post("/api/v1/auth/change-password", session.accessToken(),
				Map.of("currentPassword", currentPassword, "newPassword", newPassword));
	}

	private RestTestClient.ResponseSpec refresh(Tokens session) {
		return this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.refreshToken()));
	}

}
