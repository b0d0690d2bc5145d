package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Identity settings.
 *
 * @param tokens token lifetimes and the signing key
 * @param passwords password hashing
 * @param loginThrottle limits on failed logins
 * @param bootstrapAdmin the administrator created at startup if configured
 * @param serviceClients the other services allowed to ask for a service token (role
 * SERVICE): client id to secret; a client with a blank secret is refused
 */
@Validated
@ConfigurationProperties("identity")
public record IdentityProperties(@Valid @DefaultValue Tokens tokens, @Valid @DefaultValue Passwords passwords,
		@Valid @DefaultValue LoginThrottle loginThrottle, @Nullable BootstrapAdmin bootstrapAdmin,
		@DefaultValue Map<String, String> serviceClients) {

	/**
	 * @param signingKey PEM (PKCS#8) RSA private key that signs access tokens; its public
	 * half is published at {@code /.well-known/jwks.json}
	 * @param publishedKeys more keys to publish, and to trust, besides the signing key:
	 * the next one before it signs, the previous one until the tokens it signed have
	 * expired (docs, "Rotating the token signing key"); each a PEM RSA public key or a
	 * private key whose public half is taken, of at least 2048 bits; the signing key
	 * itself in the list is ignored
	 * @param generateKeyIfMissing without a signing key, generate a throw-away one at
	 * startup (local runs and tests only: tokens die with the process, and several
	 * instances would not trust each other)
	 * @param accessTokenTtl access token lifetime
	 * @param refreshTokenTtl refresh token lifetime
	 * @param refreshReuseGrace how long after a refresh token was used it may be used
	 * again without ending its session: two tabs of a web app share the refresh cookie
	 * and refresh at the same moment when their access token expires, and the second must
	 * not log the customer out ({@code 0s} turns it off)
	 */
	public record Tokens(@Nullable Resource signingKey, @DefaultValue List<Resource> publishedKeys,
			@DefaultValue("false") boolean generateKeyIfMissing, @NotNull @DefaultValue("15m") Duration accessTokenTtl,
			@NotNull @DefaultValue("30d") Duration refreshTokenTtl,
			@NotNull @DefaultValue("10s") Duration refreshReuseGrace) {
	}

	/**
	 * @param bcryptStrength the bcrypt cost factor (log2 rounds)
	 */
	public record Passwords(@Min(10) @Max(16) @DefaultValue("10") int bcryptStrength) {
	}

	/**
	 * @param window the period failures are counted over
	 * @param maxFailuresPerAccount failures per email address within the window before
	 * logins are refused
	 * @param maxFailuresPerClient failures per client IP within the window before logins
	 * are refused
	 */
	public record LoginThrottle(@NotNull @DefaultValue("15m") Duration window,
			@Min(1) @DefaultValue("5") int maxFailuresPerAccount,
			@Min(1) @DefaultValue("20") int maxFailuresPerClient) {
	}

	/** The administrator account ensured at startup; leave unset to create none. */
	public record BootstrapAdmin(@Nullable String email, @Nullable String password,
			@DefaultValue("Admin") String firstName) {
	}

}
