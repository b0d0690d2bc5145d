package com.jainshikanji.common.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens already verified, until they expire. An app sends the same
 * token with every request for up to fifteen minutes, and checking its RS256 signature
 * and claims costs ≈ 40 µs of CPU each time: about a seventh of what a simple
 * authenticated read costs a service (docs/performance.md, "Token verification in the
 * services"). Only a token string that passed the full verification is remembered (the
 * key is the exact string, so any change to it is verified afresh), and never past its
 * own {@code exp}, so this accepts nothing the verifier would refuse. The gateway does
 * the same in front of the services.
 *
 * <p>
 * Bounded without a cache library (a few classes instead of Caffeine's hundreds in every
 * service): when full, expired tokens are dropped, and if that frees nothing, all of
 * them. Forgetting costs a verification, never a refusal.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder verifier;

	private final int capacity;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokens(JwtDecoder verifier, int capacity, Clock clock) {
		this.verifier = verifier;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Instant now = this.clock.instant();
		Jwt known = this.verified.get(token);
		if (known != null) {
			if (isLive(known, now)) {
				return known;
			}
			this.verified.remove(token, known);
		}
		Jwt jwt = this.verifier.decode(token);
		if (isLive(jwt, now)) {
			makeRoom(now);
			this.verified.put(token, jwt);
		}
		return jwt;
	}

	int size() {
		return this.verified.size();
	}

	private void makeRoom(Instant now) {
		if (this.verified.size() < this.capacity) {
			return;
		}
		this.verified.values().removeIf((jwt) -> !isLive(jwt, now));
		if (this.verified.size() >= this.capacity) {
			this.verified.clear();
		}
	}

	private static boolean isLive(Jwt jwt, Instant now) {
		Instant expiry = jwt.getExpiresAt();
		return expiry != null && now.isBefore(expiry);
	}

}
