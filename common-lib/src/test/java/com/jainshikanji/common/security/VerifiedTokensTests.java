package com.jainshikanji.common.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.jainshikanji.common.MutableClock;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service verifies a token once and remembers it until it expires, and never accepts
 * what the full verification (the platform's real decoder, against the test issuer's
 * JWKS) refuses.
 */
class VerifiedTokensTests {

	static final JwtDecoder REAL = AccessTokens.decoder(
			AccessTokens.remoteKeys(new JwtProperties(TestTokens.ISSUER, TestTokens.AUDIENCE,
					URI.create(TestTokens.jwkSetUri()), Duration.ofMinutes(10), Duration.ofSeconds(30),
					Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(30))),
			new JwtProperties(TestTokens.ISSUER, TestTokens.AUDIENCE, null, Duration.ofMinutes(10),
					Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(30)));

	final AtomicInteger verifications = new AtomicInteger();

	final MutableClock clock = new MutableClock(Instant.now());

	final VerifiedTokens tokens = new VerifiedTokens((token) -> {
		this.verifications.incrementAndGet();
		return REAL.decode(token);
	}, 3, this.clock);

	@Test
	void aTokenIsVerifiedOnceAndThenRemembered() {
		String token = TestTokens.customer();
		Jwt first = this.tokens.decode(token);
		Jwt again = this.tokens.decode(new String(token.toCharArray()));
		assertThat(again).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void whatTheVerifierRefusesIsNeverRemembered() {
		String token = TestTokens.customer();
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
		for (String refused : new String[] { TestTokens.expiredCustomer(), tampered, "not-a-token" }) {
			assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.tokens.decode(refused));
			assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.tokens.decode(refused));
		}
		assertThat(this.verifications).hasValue(6);
		assertThat(this.tokens.size()).isZero();
		this.tokens.decode(token);
		assertThatExceptionOfType(JwtException.class).as("a change to a remembered token is verified afresh")
			.isThrownBy(() -> this.tokens.decode(tampered));
	}

	@Test
	void aRememberedTokenIsVerifiedAgainOnceItHasExpired() {
		String token = TestTokens.customer();
		Jwt jwt = this.tokens.decode(token);
		this.clock.set(jwt.getExpiresAt().minusSeconds(1));
		this.tokens.decode(token);
		assertThat(this.verifications).hasValue(1);

		this.clock.set(jwt.getExpiresAt());
		// The verifier itself still takes it (its clock skew); checked again all the
		// same, and not kept past its exp.
		this.tokens.decode(token);
		assertThat(this.verifications).hasValue(2);
		assertThat(this.tokens.size()).isZero();
	}

	@Test
	void itKeepsNoMoreThanItsCapacityDroppingExpiredTokensFirst() {
		// Tokens whose expiry the test chooses: "name@seconds from now".
		Instant start = this.clock.instant();
		AtomicInteger checks = new AtomicInteger();
		VerifiedTokens bounded = new VerifiedTokens((token) -> {
			checks.incrementAndGet();
			return Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.subject(token)
				.expiresAt(start.plusSeconds(Long.parseLong(token.substring(token.indexOf('@') + 1))))
				.build();
		}, 3, this.clock);
		for (String token : new String[] { "soon@60", "later@600", "latest@900" }) {
			bounded.decode(token);
		}
		assertThat(bounded.size()).isEqualTo(3);

		this.clock.set(start.plusSeconds(61));
		bounded.decode("new@600");
		assertThat(bounded.size()).isEqualTo(3);
		bounded.decode("later@600");
		bounded.decode("latest@900");
		assertThat(checks).as("only the expired token made room").hasValue(4);

		bounded.decode("another@600");
		assertThat(bounded.size()).as("full of live tokens: all forgotten, the new one kept").isEqualTo(1);
		bounded.decode("another@600");
		assertThat(checks).hasValue(5);
	}

}
