package com.jainshikanji.gateway.security;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.jainshikanji.common.security.AuthenticatedUserToken;

/**
 * Remembers tokens already verified, with the user they stand for, until they expire. A
 * client sends the same access token with every request for up to fifteen minutes;
 * checking its signature and claims and reading its user once, not on every request, is
 * most of the gateway's own work per request. Only a token string that passed full
 * verification is remembered (the key is the exact token, so any change to it is a
 * different key and is verified afresh), and never past its own {@code exp}, so the cache
 * cannot accept anything the verifier would refuse.
 */
final class VerifiedTokenCache implements ReactiveAuthenticationManager {

	private final ReactiveAuthenticationManager verifier;

	private final Cache<String, AuthenticatedUserToken> verified;

	VerifiedTokenCache(ReactiveAuthenticationManager verifier, long maximumSize) {
		this.verifier = verifier;
		this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(new UntilTokenExpiry()).build();
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			return this.verifier.authenticate(authentication);
		}
		AuthenticatedUserToken known = this.verified.getIfPresent(bearer.getToken());
		if (known != null) {
			return Mono.just(known);
		}
		return this.verifier.authenticate(bearer).doOnNext((verified) -> {
			if (verified instanceof AuthenticatedUserToken user) {
				this.verified.put(bearer.getToken(), user);
			}
		});
	}

	private static final class UntilTokenExpiry implements Expiry<String, AuthenticatedUserToken> {

		@Override
		public long expireAfterCreate(String token, AuthenticatedUserToken user, long currentTime) {
			Instant expiry = user.getCredentials().getExpiresAt();
			if (expiry == null) {
				return 0;
			}
			return Math.max(0, Duration.between(Instant.now(), expiry).toNanos());
		}

		@Override
		public long expireAfterUpdate(String token, AuthenticatedUserToken user, long currentTime,
				long currentDuration) {
			return currentDuration;
		}

		@Override
		public long expireAfterRead(String token, AuthenticatedUserToken user, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
