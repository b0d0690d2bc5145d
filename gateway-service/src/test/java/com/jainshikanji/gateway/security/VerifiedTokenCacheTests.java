package com.jainshikanji.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.AuthenticatedUserToken;
import com.jainshikanji.common.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTests {

	private final AtomicInteger verifications = new AtomicInteger();

	@Test
	void aTokenIsVerifiedOnceWhileItIsValid() {
		VerifiedTokenCache cache = new VerifiedTokenCache(verifierExpiringAt(Instant.now().plusSeconds(600)), 100);
		Authentication first = cache.authenticate(new BearerTokenAuthenticationToken("t1")).block();
		Authentication second = cache.authenticate(new BearerTokenAuthenticationToken("t1")).block();
		assertThat(second).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
		cache.authenticate(new BearerTokenAuthenticationToken("t2")).block();
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aTokenPastItsExpiryIsNeverRemembered() {
		VerifiedTokenCache cache = new VerifiedTokenCache(verifierExpiringAt(Instant.now().minusSeconds(1)), 100);
		cache.authenticate(new BearerTokenAuthenticationToken("t1")).block();
		cache.authenticate(new BearerTokenAuthenticationToken("t1")).block();
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aRefusedTokenIsRefusedEveryTime() {
		ReactiveAuthenticationManager refusing = (authentication) -> {
			this.verifications.incrementAndGet();
			return Mono.error(new BadCredentialsException("bad"));
		};
		VerifiedTokenCache cache = new VerifiedTokenCache(refusing, 100);
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> cache.authenticate(new BearerTokenAuthenticationToken("bad")).block())
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThat(this.verifications).hasValue(2);
	}

	private ReactiveAuthenticationManager verifierExpiringAt(Instant expiry) {
		return (authentication) -> {
			this.verifications.incrementAndGet();
			String token = ((BearerTokenAuthenticationToken) authentication).getToken();
			Jwt jwt = Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.subject(UUID.randomUUID().toString())
				.claim("roles", List.of("CUSTOMER"))
				.issuedAt(expiry.minusSeconds(900))
				.expiresAt(expiry)
				.build();
			return Mono.just(new AuthenticatedUserToken(
					new AuthenticatedUser(UUID.fromString(jwt.getSubject()), Set.of(Role.CUSTOMER), Set.of()), jwt));
		};
	}

}
