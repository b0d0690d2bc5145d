package com.jainshikanji.customer;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Consumer;

import io.jsonwebtoken.JwtBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.customer.identity.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way an access token can be wrong is refused with 401, and a good one is accepted.
 */
@CustomerServiceTest
class AccessTokenTests {

	@Autowired
	RestTestClient client;

	@Autowired
	SigningKeys keys;

	Api api;

	String customerId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		Tokens tokens = this.api.registerCustomer();
		this.customerId = (String) this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectBody(java.util.Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	@Test
	void aTokenSignedByTheServiceWithTheExpectedClaimsIsAccepted() {
		this.api.get("/api/v1/customers/me", token(this.keys.privateKey(), (jwt) -> {
		})).expectStatus().isOk();
	}

	@Test
	void noTokenIsAChallengeNotAnError() {
		Problem problem = this.api.get("/api/v1/customers/me", null)
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("authentication-required");
	}

	@Test
	void anExpiredTokenIsRefused() {
		Instant past = Instant.now().minus(Duration.ofHours(1));
		refused(token(this.keys.privateKey(),
				(jwt) -> jwt.issuedAt(Date.from(past))
					.notBefore(Date.from(past))
					.expiration(Date.from(past.plusSeconds(900)))));
	}

	@Test
	void aTamperedTokenIsRefused() {
		String token = token(this.keys.privateKey(), (jwt) -> {
		});
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"CUSTOMER\"", "\"ADMIN\"");
		refused(parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2]);
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefusedEvenUnderTheRightKeyId() {
		refused(token(TestAccessTokens.rsaKeys().getPrivate(), (jwt) -> {
		}));
	}

	@Test
	void anUnsignedAlgNoneTokenIsRefused() {
		String header = base64("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + this.keys.keyId() + "\"}");
		String claims = base64(
				"{\"iss\":\"https://auth.jainshikanji.in\",\"aud\":\"jainshikanji-api\",\"sub\":\"" + this.customerId
						+ "\",\"roles\":[\"ADMIN\"],\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}");
		refused(header + "." + claims + ".");
	}

	@Test
	void aTokenForAnotherAudienceOrIssuerIsRefused() {
		refused(token(this.keys.privateKey(), (jwt) -> jwt.audience().single("someone-else")));
		refused(token(this.keys.privateKey(), (jwt) -> jwt.issuer("https://evil.example")));
	}

	@Test
	void aTokenOfAnotherTypeIsRefused() {
		refused(token(this.keys.privateKey(), (jwt) -> jwt.header().type("JWT")));
	}

	@Test
	void aTokenWithoutASubjectThatIsAUserIdIsRefused() {
		refused(token(this.keys.privateKey(), (jwt) -> jwt.subject("admin")));
	}

	@Test
	void garbageIsRefused() {
		refused("not.a.jwt");
		refused("eyJhbGciOiJSUzI1NiJ9");
	}

	private void refused(String token) {
		TestAccessTokens.assertRefused(this.api, token);
	}

	private String token(PrivateKey key, Consumer<JwtBuilder> customizer) {
		return TestAccessTokens.sign(key, this.keys.keyId(), this.customerId, customizer);
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
