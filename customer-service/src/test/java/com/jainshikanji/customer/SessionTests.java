package com.jainshikanji.customer;

import java.util.Map;

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

		refreshFails(phone.refreshToken());

		refresh(laptop.refreshToken());
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
