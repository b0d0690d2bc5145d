package com.jainshikanji.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh-token rotation, reuse detection and logout. */
@CustomerServiceTest
class SessionTests {

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
	void refreshingRotatesTheRefreshTokenAndIssuesAWorkingAccessToken() {
		Tokens first = this.api.registerCustomer();

		Tokens second = refresh(first.refreshToken());

		assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
		assertThat(second.tokenType()).isEqualTo("Bearer");
		this.api.get("/api/v1/customers/me", second.accessToken()).expectStatus().isOk();
		// The next refresh works with the new token.
		refresh(second.refreshToken());
	}

	@Test
	void presentingAnAlreadyRotatedTokenRevokesTheWholeSession() {
		Tokens first = this.api.registerCustomer();
		Tokens second = refresh(first.refreshToken());
		usedLongerAgoThanTheGrace(first);

		// Someone replays the first token (stolen, say): refused...
		Problem reuse = refreshFails(first.refreshToken());
		assertThat(reuse.typeSlug()).isEqualTo("invalid-refresh-token");
		// ...and the legitimate latest token of that session is dead too.
		refreshFails(second.refreshToken());
	}

	@Test
	void reuseRevokesOnlyTheAffectedSession() {
		String email = Api.uniqueEmail();
		Tokens phone = this.api.register(email, Api.PASSWORD);
		Tokens laptop = this.api.login(email, Api.PASSWORD);
		refresh(phone.refreshToken());
		usedLongerAgoThanTheGrace(phone);

		refreshFails(phone.refreshToken());

		refresh(laptop.refreshToken());
	}

	/**
	 * Two tabs of a web app share one refresh token and refresh the moment their access
	 * token expires: the second refresh logged the customer out of both.
	 */
	@Test
	void twoRefreshesOfOneTokenAtOnceBothSucceedAndTheSessionLivesOn() throws Exception {
		Tokens first = this.api.registerCustomer();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Tokens>> tabs = new ArrayList<>();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 2; i++) {
				tabs.add(executor.submit(() -> {
					start.await();
					return refresh(first.refreshToken());
				}));
			}
			start.countDown();
			Tokens a = tabs.get(0).get();
			Tokens b = tabs.get(1).get();

			assertThat(a.refreshToken()).isNotEqualTo(b.refreshToken());
			this.api.get("/api/v1/customers/me", a.accessToken()).expectStatus().isOk();
			this.api.get("/api/v1/customers/me", b.accessToken()).expectStatus().isOk();
			refresh(a.refreshToken());
			refresh(b.refreshToken());
		}
	}

	@Test
	void aLogoutEndsEveryTabsTokenOfTheSession() {
		Tokens first = this.api.registerCustomer();
		Tokens tabA = refresh(first.refreshToken());
		Tokens tabB = refresh(first.refreshToken());

		this.api.post("/api/v1/auth/logout", tabA.accessToken(), Map.of("refreshToken", tabA.refreshToken()))
			.expectStatus()
			.isNoContent();

		refreshFails(tabB.refreshToken());
		refreshFails(first.refreshToken());
	}

	@Test
	void loggingOutEndsTheSessionButNotTheOthers() {
		String email = Api.uniqueEmail();
		Tokens phone = this.api.register(email, Api.PASSWORD);
		Tokens laptop = this.api.login(email, Api.PASSWORD);

		this.api.post("/api/v1/auth/logout", phone.accessToken(), Map.of("refreshToken", phone.refreshToken()))
			.expectStatus()
			.isNoContent();

		refreshFails(phone.refreshToken());
		refresh(laptop.refreshToken());
	}

	@Test
	void loggingOutNeedsAnAccessTokenAndCannotEndSomeoneElsesSession() {
		Tokens victim = this.api.registerCustomer();
		Tokens attacker = this.api.registerCustomer();

		this.api.post("/api/v1/auth/logout", null, Map.of("refreshToken", victim.refreshToken()))
			.expectStatus()
			.isUnauthorized();
		this.api.post("/api/v1/auth/logout", attacker.accessToken(), Map.of("refreshToken", victim.refreshToken()))
			.expectStatus()
			.isNoContent();

		refresh(victim.refreshToken());
	}

	@Test
	void anExpiredRefreshTokenIsRefused() {
		Tokens tokens = this.api.registerCustomer();
		this.jdbc.sql("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = :hash")
			.param("hash", sha256(tokens.refreshToken()))
			.update();

		refreshFails(tokens.refreshToken());
	}

	@Test
	void anUnknownRefreshTokenIsRefused() {
		refreshFails("bm90LWEtcmVhbC1yZWZyZXNoLXRva2VuLWF0LWFsbC0");
	}

	@Test
	void refreshTokensAreStoredOnlyAsHashes() {
		Tokens tokens = this.api.registerCustomer();
		Integer plain = this.jdbc.sql("SELECT count(*) FROM refresh_tokens WHERE token_hash = :token")
			.param("token", tokens.refreshToken())
			.query(Integer.class)
			.single();
		Integer hashed = this.jdbc.sql("SELECT count(*) FROM refresh_tokens WHERE token_hash = :hash")
			.param("hash", sha256(tokens.refreshToken()))
			.query(Integer.class)
			.single();
		assertThat(plain).isZero();
		assertThat(hashed).isOne();
	}

	@Test
	void aRefreshTokenIsNotAnAccessToken() {
		Tokens tokens = this.api.registerCustomer();
		this.api.get("/api/v1/customers/me", tokens.refreshToken()).expectStatus().isUnauthorized();
	}

	private Tokens refresh(String refreshToken) {
		return this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken))
			.expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	private Problem refreshFails(String refreshToken) {
		return this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken))
			.expectStatus()
			.isUnauthorized()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
	}

	/** Moves the token's use back past the reuse grace (10 s). */
	private void usedLongerAgoThanTheGrace(Tokens tokens) {
		assertThat(this.jdbc
			.sql("UPDATE refresh_tokens SET rotated_at = rotated_at - interval '1 minute' WHERE token_hash = :hash")
			.param("hash", sha256(tokens.refreshToken()))
			.update()).isOne();
	}

	static String sha256(String value) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
