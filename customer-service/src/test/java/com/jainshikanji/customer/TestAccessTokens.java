package com.jainshikanji.customer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import com.jainshikanji.testsupport.web.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access tokens made by hand, signed with any key under any key id, and the answer to one
 * the service must refuse. Keys are made for the run, never committed.
 */
final class TestAccessTokens {

	private TestAccessTokens() {
	}

	/** A 2048-bit RSA key pair. */
	static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token as customer-service issues it, for a customer, valid for ten minutes, then
	 * changed by the customizer.
	 */
	static String sign(PrivateKey key, String keyId, String customerId, Consumer<JwtBuilder> customizer) {
		Instant now = Instant.now();
		JwtBuilder builder = Jwts.builder()
			.header()
			.keyId(keyId)
			.type("at+jwt")
			.and()
			.issuer("https://auth.jainshikanji.in")
			.audience()
			.add("jainshikanji-api")
			.and()
			.subject(customerId)
			.id(UUID.randomUUID().toString())
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(600)))
			.claim("roles", List.of("CUSTOMER"));
		customizer.accept(builder);
		return builder.signWith(key, Jwts.SIG.RS256).compact();
	}

	/** The claims of a token, read without checking it. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> claims(String accessToken) {
		String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
		return JsonMapper.shared().readValue(payload, Map.class);
	}

	/** The service refuses the token as invalid: 401 {@code invalid_token}. */
	static void assertRefused(Api api, String token) {
		Problem problem = api.get("/api/v1/customers/me", token)
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("invalid-token");
	}

}
