package com.jainshikanji.customer.identity;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.jsonwebtoken.Jwts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AccessTokenClaims;
import com.jainshikanji.common.security.JwtProperties;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.customer.profile.Account;

/**
 * Signs access tokens (RS256, {@code typ=at+jwt}): short-lived, self-contained statements
 * of who the caller is, what roles they hold and, for staff, the stores they work at
 * ({@code store_ids}) and their job at each ({@code store_jobs}), which every service
 * verifies against the published keys without calling back here.
 */
@Component
class AccessTokenIssuer {

	private final SigningKeys keys;

	private final JwtProperties jwt;

	private final Duration ttl;

	private final Clock clock;

	AccessTokenIssuer(SigningKeys keys, JwtProperties jwt, IdentityProperties properties, Clock clock) {
		this.keys = keys;
		this.jwt = jwt;
		this.ttl = properties.tokens().accessTokenTtl();
		this.clock = clock;
	}

	/**
	 * A user's access token, naming the session it was issued for ({@code sid}), so that
	 * the user's list of sessions can say which one they are looking from.
	 */
	IssuedAccessToken issue(Account account, UUID sessionId) {
		AccessClaims claims = AccessClaims.of(account);
		return issue(account.id(), claims.roles(), claims.storeIds(), claims.storeJobs(), sessionId);
	}

	/**
	 * A token for another service of the platform: role SERVICE, and a subject derived
	 * from its client id, the same on every issue, so its actions can be told apart.
	 */
	IssuedAccessToken issueForService(String clientId) {
		return issue(serviceSubject(clientId), List.of(Role.SERVICE.name()), List.of(), Map.of(), null);
	}

	static UUID serviceSubject(String clientId) {
		return UUID.nameUUIDFromBytes(("service:" + clientId).getBytes(StandardCharsets.UTF_8));
	}

	private IssuedAccessToken issue(UUID subject, List<String> roles, List<String> storeIds,
			Map<String, String> storeJobs, @Nullable UUID sessionId) {
		Instant now = this.clock.instant();
		Instant expiry = now.plus(this.ttl);
		String token = Jwts.builder()
			.header()
			.keyId(this.keys.keyId())
			.type(AccessTokenClaims.TYPE)
			.and()
			.issuer(this.jwt.issuer())
			.audience()
			.add(this.jwt.audience())
			.and()
			.subject(subject.toString())
			.id(UUID.randomUUID().toString())
			.issuedAt(Date.from(now))
			.notBefore(Date.from(now))
			.expiration(Date.from(expiry))
			.claim(AccessTokenClaims.ROLES, roles)
			.claim(AccessTokenClaims.STORE_IDS, storeIds)
			.claim(AccessTokenClaims.STORE_JOBS, storeJobs)
			.claim(AccessTokenClaims.SESSION_ID, (sessionId != null) ? sessionId.toString() : null)
			.signWith(this.keys.privateKey(), Jwts.SIG.RS256)
			.compact();
		return new IssuedAccessToken(token, this.ttl.toSeconds());
	}

	record IssuedAccessToken(String value, long expiresInSeconds) {
	}

}
