package com.jainshikanji.gateway.security;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers tokens already verified, until they expire. A client sends the same access
 * token with every request for up to fifteen minutes; checking its signature and claims
 * once, not on every request, is most of the gateway's own work per request. Only a token
 * string that passed full verification is remembered (the key is the exact token, so any
 * change to it is a different key and is verified afresh), and never past its own
 * {@code exp}, so the cache cannot accept anything the decoder would refuse.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder decoder;

	private final Cache<String, Jwt> verified;

	VerifiedTokenCache(ReactiveJwtDecoder decoder, long maximumSize) {
		this.decoder = decoder;
		this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(new UntilTokenExpiry()).build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			return Mono.just(known);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> this.verified.put(token, jwt));
	}

	private static final class UntilTokenExpiry implements Expiry<String, Jwt> {

		@Override
		public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
			Instant expiry = jwt.getExpiresAt();
			if (expiry == null) {
				return 0;
			}
			return Math.max(0, Duration.between(Instant.now(), expiry).toNanos());
		}

		@Override
		public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

		@Override
		public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
