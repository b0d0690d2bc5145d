package com.jainshikanji.common.security;

import java.net.MalformedURLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The one definition of a valid access token, shared by every resource server and the
 * gateway: RS256 only ({@code alg=none} and HMAC tricks are refused), {@code typ=at+jwt}
 * (refresh or ID tokens are refused), {@code iss}, {@code aud}, {@code exp} and
 * {@code sub} required and checked.
 */
public final class AccessTokens {

	/** The only signature algorithm accepted. */
	public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

	private AccessTokens() {
	}

	/** The claim and header checks, signature aside. */
	public static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
		JwtTypeValidator type = new JwtTypeValidator(AccessTokenClaims.TYPE);
		type.setAllowEmpty(false);
		return new DelegatingOAuth2TokenValidator<>(List.of(type, new JwtTimestampValidator(properties.clockSkew()),
				new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(properties.audience()),
				new JwtClaimValidator<>("exp", java.util.Objects::nonNull),
				new JwtClaimValidator<Object>("sub", AccessTokens::isUuid),
				new JwtClaimValidator<Object>(AccessTokenClaims.ROLES, AccessTokens::isStringList)));
	}

	/** A decoder that takes keys from the given source and applies {@link #validator}. */
	public static JwtDecoder decoder(JWKSource<SecurityContext> keys, JwtProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
			.jwsAlgorithm(ALGORITHM)
			// Nimbus' default typ check accepts only "JWT"; access tokens are "at+jwt"
			// (RFC 9068).
			.jwtProcessorCustomizer((processor) -> processor
				.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(AccessTokenClaims.TYPE))))
			.build();
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	/**
	 * Keys fetched from the identity service's JWKS: cached, fetched again in the
	 * background ahead of their expiry (no request waits for that fetch), kept in use
	 * through an outage of the identity service for
	 * {@link JwtProperties#jwksOutageTolerance()}, and fetched again when a token names
	 * an unknown key id (key rotation), but never more often than
	 * {@link JwtProperties#jwksRefreshMinInterval()}; a key id it still does not know
	 * then finds no key ({@link KnownKeys}). The source holds threads for its background
	 * fetches: close it with the application (a bean's inferred {@code close}).
	 */
	public static JWKSource<SecurityContext> remoteKeys(JwtProperties properties) {
		if (properties.jwkSetUri() == null) {
			throw new IllegalStateException("Set jainshikanji.security.jwt.jwk-set-uri to the identity service's JWKS");
		}
		int timeout = (int) properties.jwksTimeout().toMillis();
		long ttl = properties.jwksCacheTtl().toMillis();
		// Requests that find no keys wait for the fetch in progress rather than fail:
		// one fetch may take its connect and its read timeout.
		long waitForFetch = 2L * timeout;
		try {
			return new KnownKeys(JWKSourceBuilder
				.<SecurityContext>create(properties.jwkSetUri().toURL(),
						new DefaultResourceRetriever(timeout, timeout, 64 * 1024))
				.cache(ttl, waitForFetch)
				.refreshAheadCache(Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4), true)
				.rateLimited(properties.jwksRefreshMinInterval().toMillis())
				.outageTolerant(properties.jwksOutageTolerance().toMillis())
				.retrying(true)
				.build());
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException("Bad JWKS URI " + properties.jwkSetUri(), ex);
		}
	}

	/** The caller a verified token stands for. */
	public static AuthenticatedUser user(Jwt jwt) {
		return user(UUID.fromString(jwt.getSubject()), jwt.getClaimAsStringList(AccessTokenClaims.ROLES),
				jwt.hasClaim(AccessTokenClaims.STORE_IDS) ? jwt.getClaimAsStringList(AccessTokenClaims.STORE_IDS)
						: List.of(),
				jwt.getClaim(AccessTokenClaims.STORE_JOBS));
	}

	/**
	 * The user that claims as an access token's describe, read as a token's are: roles,
	 * stores and jobs not known here are left out, so that what the identity service says
	 * a user may do compares equal to what their token says.
	 * @param storeJobs an object from store id to job name, as the claim
	 */
	public static AuthenticatedUser user(UUID id, Collection<String> roleNames, Collection<String> stores,
			@Nullable Object storeJobs) {
		Set<Role> roles = new LinkedHashSet<>();
		for (String name : roleNames) {
			for (Role role : Role.values()) {
				if (role.name().equals(name)) {
					roles.add(role);
				}
			}
		}
		Set<UUID> storeIds = new LinkedHashSet<>();
		for (String store : stores) {
			if (isUuid(store)) {
				storeIds.add(UUID.fromString(store));
			}
		}
		return new AuthenticatedUser(id, roles, storeIds, jobs(storeJobs, storeIds));
	}

	/** Jobs at stores the token also names; anything else in the claim is ignored. */
	private static Map<UUID, StaffJob> jobs(@Nullable Object storeJobs, Set<UUID> storeIds) {
		if (storeIds.isEmpty() || !(storeJobs instanceof Map<?, ?> claim)) {
			return Map.of();
		}
		Map<UUID, StaffJob> jobs = new HashMap<>();
		claim.forEach((store, job) -> {
			StaffJob known = StaffJob.named(job);
			if (known != null && isUuid(store) && storeIds.contains(UUID.fromString((String) store))) {
				jobs.put(UUID.fromString((String) store), known);
			}
		});
		return jobs;
	}

	private static boolean isUuid(Object value) {
		if (!(value instanceof String text) || text.length() != 36) {
			return false;
		}
		try {
			UUID.fromString(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isStringList(Object value) {
		return value instanceof Collection<?> values && values.stream().allMatch(String.class::isInstance);
	}

}
