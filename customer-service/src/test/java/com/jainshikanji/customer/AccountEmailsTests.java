package com.jainshikanji.customer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountTokenSeal;
import com.jainshikanji.common.events.customer.CustomerVerified;
import com.jainshikanji.common.events.customer.EmailVerificationRequested;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.common.events.customer.PasswordResetRequested;
import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.web.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account emails from the identity side, through the API and the customer topic: the
 * tokens travel sealed, work once, expire, and only the newest works; asking for a reset
 * tells nothing about whether an account exists; resetting ends every session.
 */
@CustomerServiceTest
class AccountEmailsTests {

	static final AccountTokenSeal SEAL = AccountTokenSeal.of("dGVzdC1hY2NvdW50LXRva2VuLXNlYWwta2V5LTMyYnk=");

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

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
	void registrationSendsASealedVerificationTokenThatVerifiesTheAddressOnce() {
		String email = Api.uniqueEmail();
		Tokens tokens = this.api.register(email, Api.PASSWORD);
		UUID customerId = customerId(tokens);

		EventEnvelope requested = await(customerId, EmailVerificationRequested.class, 1).getFirst();
		EmailVerificationRequested event = this.json.payload(requested, EmailVerificationRequested.class);
		assertThat(event.email()).isEqualTo(email);
		assertThat(event.firstName()).isEqualTo("Asha");
		assertThat(event.expiresAt()).isAfter(requested.occurredAt().plus(Duration.ofHours(47)));
		String token = SEAL.open(event.sealedToken(), customerId);
		// Nothing on the topic, nor in the outbox table, holds the token in clear.
		assertThat(requested.payload().toString()).doesNotContain(token);
		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.event_outbox WHERE envelope::text LIKE :token")
			.param("token", "%" + token + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(profile(tokens).get("emailVerified")).isEqualTo(false);

		verify(token).expectStatus().isNoContent();

		assertThat(profile(tokens).get("emailVerified")).isEqualTo(true);
		CustomerVerified verified = this.json.payload(await(customerId, CustomerVerified.class, 1).getFirst(),
				CustomerVerified.class);
		assertThat(verified.email()).isEqualTo(email);
		assertInvalid(verify(token));
		assertThat(this.topic.readFor(Duration.ofSeconds(2), (r) -> isOf(r, customerId, CustomerVerified.class)))
			.hasSize(1);
	}

	@Test
	void anExpiredVerificationTokenIsRefused() {
		Tokens tokens = this.api.registerCustomer();
		UUID customerId = customerId(tokens);
		String token = verificationToken(customerId, 1);
		this.jdbc
			.sql("UPDATE account_tokens SET expires_at = now() - interval '1 second', "
					+ "issued_at = now() - interval '2 days' WHERE customer_id = :id")
			.param("id", customerId)
			.update();

		assertInvalid(verify(token));
		assertThat(profile(tokens).get("emailVerified")).isEqualTo(false);
	}

	@Test
	void aNewVerificationLinkReplacesTheOldOneAndTheyAreRationed() {
		Tokens tokens = this.api.registerCustomer();
		UUID customerId = customerId(tokens);
		String first = verificationToken(customerId, 1);

		this.api.post("/api/v1/auth/resend-verification", tokens.accessToken(), Map.of()).expectStatus().isAccepted();
		String second = verificationToken(customerId, 2);
		this.api.post("/api/v1/auth/resend-verification", tokens.accessToken(), Map.of()).expectStatus().isAccepted();
		// The registration's link and two more: the fourth within the hour waits.
		Problem rationed = this.api.post("/api/v1/auth/resend-verification", tokens.accessToken(), Map.of())
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value("Retry-After", (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(3000L, 3600L))
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(rationed.type()).endsWith("/too-many-account-emails");

		assertInvalid(verify(first));
		assertInvalid(verify(second));
		verify(verificationToken(customerId, 3)).expectStatus().isNoContent();
		Problem verified = this.api.post("/api/v1/auth/resend-verification", tokens.accessToken(), Map.of())
			.expectStatus()
			.isEqualTo(409)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(verified.type()).endsWith("/email-already-verified");
	}

	@Test
	void askingForAResetAnswersTheSameWhetherOrNotTheAccountExists() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));
		String unknown = Api.uniqueEmail();

		String known = forgot(email.toUpperCase());
		String notKnown = forgot(unknown);

		assertThat(known).isEqualTo(notKnown);
		assertThat(resetToken(customerId, 1)).isNotBlank();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM account_tokens t JOIN customers c ON c.id = t.customer_id "
					+ "WHERE c.email = :email")
			.param("email", unknown)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.topic.readFor(Duration.ofSeconds(1), (r) -> r.value().contains(unknown))).isEmpty();
	}

	@Test
	void aResetReplacesThePasswordOnceAndEndsEverySession() {
		String email = Api.uniqueEmail();
		Tokens phone = this.api.register(email, Api.PASSWORD);
		Tokens laptop = this.api.login(email, Api.PASSWORD);
		UUID customerId = customerId(phone);
		forgot(email);
		String token = resetToken(customerId, 1);

		reset(token, "a-brand-new-password").expectStatus().isNoContent();

		this.api.login(email, "a-brand-new-password");
		this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isUnauthorized();
		for (Tokens session : List.of(phone, laptop)) {
			this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.refreshToken()))
				.expectStatus()
				.isUnauthorized();
		}
		PasswordChanged changed = this.json.payload(await(customerId, PasswordChanged.class, 1).getFirst(),
				PasswordChanged.class);
		assertThat(changed.email()).isEqualTo(email);
		assertInvalid(reset(token, "yet-another-password"));
		this.api.login(email, "a-brand-new-password");
	}

	@Test
	void aResetLiftsTheLoginLockoutOfTheAccount() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));
		for (int attempt = 0; attempt < 6; attempt++) {
			this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "a-wrong-guess"));
		}
		this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isEqualTo(429);
		forgot(email);

		reset(resetToken(customerId, 1), "a-brand-new-password").expectStatus().isNoContent();

		this.api.login(email, "a-brand-new-password");
	}

	@Test
	void onlyTheNewestResetLinkWorksAndItExpires() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));
		forgot(email);
		String first = resetToken(customerId, 1);
		forgot(email);
		String second = resetToken(customerId, 2);

		assertInvalid(reset(first, "a-brand-new-password"));
		this.jdbc
			.sql("UPDATE account_tokens SET expires_at = now() - interval '1 second', "
					+ "issued_at = now() - interval '1 hour' WHERE customer_id = :id AND purpose = 'RESET_PASSWORD'")
			.param("id", customerId)
			.update();
		assertInvalid(reset(second, "a-brand-new-password"));
		this.api.login(email, Api.PASSWORD);
	}

	@Test
	void tokensDoOnlyWhatTheyWereIssuedFor() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));
		forgot(email);

		assertInvalid(reset(verificationToken(customerId, 1), "a-brand-new-password"));
		assertInvalid(verify(resetToken(customerId, 1)));
		assertInvalid(verify("no-such-token"));
		this.api.login(email, Api.PASSWORD);
	}

	@Test
	void resetLinksAreRationedSilently() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));

		List<String> answers = List.of(forgot(email), forgot(email), forgot(email), forgot(email));

		assertThat(answers).containsOnly(answers.getFirst());
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM account_tokens WHERE customer_id = :id AND purpose = 'RESET_PASSWORD'")
			.param("id", customerId)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void resetRequestsSentTogetherAreRationedAndLeaveOneLinkThatWorks() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));

		Parallel.run(8, (i) -> forgot(email));

		assertThat(this.jdbc
			.sql("SELECT count(*) FROM account_tokens WHERE customer_id = :id AND purpose = 'RESET_PASSWORD'")
			.param("id", customerId)
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM account_tokens WHERE customer_id = :id AND purpose = 'RESET_PASSWORD' "
					+ "AND revoked_at IS NULL")
			.param("id", customerId)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aResetEndsASessionThatKeepsRefreshingWhileItHappens() {
		String email = Api.uniqueEmail();
		Tokens stolen = this.api.register(email, Api.PASSWORD);
		UUID customerId = customerId(stolen);
		forgot(email);
		String token = resetToken(customerId, 1);
		java.util.concurrent.atomic.AtomicReference<String> latest = new java.util.concurrent.atomic.AtomicReference<>(
				stolen.refreshToken());

		Parallel.run(2, (i) -> {
			if (i == 1) {
				reset(token, "a-brand-new-password").expectStatus().isNoContent();
				return null;
			}
			for (int refresh = 0; refresh < 200; refresh++) {
				Map<?, ?> rotated = this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", latest.get()))
					.returnResult(Map.class)
					.getResponseBody();
				if (rotated == null || rotated.get("refreshToken") == null) {
					break;
				}
				latest.set((String) rotated.get("refreshToken"));
			}
			return null;
		});

		this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", latest.get()))
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void twoResetsRacingWithOneTokenChangeThePasswordOnce() {
		String email = Api.uniqueEmail();
		UUID customerId = customerId(this.api.register(email, Api.PASSWORD));
		forgot(email);
		String token = resetToken(customerId, 1);

		List<Integer> statuses = Parallel.run(4,
				(i) -> reset(token, "racing-password-" + i).returnResult(Void.class).getStatus().value());

		assertThat(statuses).containsOnlyOnce(204).contains(400);
		assertThat(this.topic.readFor(Duration.ofSeconds(2), (r) -> isOf(r, customerId, PasswordChanged.class)))
			.hasSize(1);
	}

	private RestTestClient.ResponseSpec verify(String token) {
		return this.api.post("/api/v1/auth/verify-email", null, Map.of("token", token));
	}

	private RestTestClient.ResponseSpec reset(String token, String password) {
		return this.api.post("/api/v1/auth/reset-password", null, Map.of("token", token, "newPassword", password));
	}

	private String forgot(String email) {
		return this.api.post("/api/v1/auth/forgot-password", null, Map.of("email", email))
			.expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static void assertInvalid(RestTestClient.ResponseSpec response) {
		Problem problem = response.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.type()).endsWith("/invalid-account-token");
	}

	/** The token of the n-th verification email asked for the customer. */
	private String verificationToken(UUID customerId, int nth) {
		EventEnvelope envelope = await(customerId, EmailVerificationRequested.class, nth).get(nth - 1);
		return SEAL.open(this.json.payload(envelope, EmailVerificationRequested.class).sealedToken(), customerId);
	}

	private String resetToken(UUID customerId, int nth) {
		EventEnvelope envelope = await(customerId, PasswordResetRequested.class, nth).get(nth - 1);
		return SEAL.open(this.json.payload(envelope, PasswordResetRequested.class).sealedToken(), customerId);
	}

	private List<EventEnvelope> await(UUID customerId,
			Class<? extends com.jainshikanji.common.events.IntegrationEvent> type, int count) {
		return this.topic.await((r) -> isOf(r, customerId, type), count, Duration.ofSeconds(30))
			.stream()
			.map((record) -> this.json.read(record.value()))
			.toList();
	}

	private boolean isOf(ConsumerRecord<String, String> record, UUID customerId,
			Class<? extends com.jainshikanji.common.events.IntegrationEvent> type) {
		return customerId.toString().equals(record.key()) && this.json.read(record.value()).is(type);
	}

	private Map<?, ?> profile(Tokens tokens) {
		return this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private UUID customerId(Tokens tokens) {
		return UUID.fromString((String) profile(tokens).get("id"));
	}

}
