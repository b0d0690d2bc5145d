package com.jainshikanji.common.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How resource servers verify access tokens.
 *
 * @param issuer the required {@code iss}
 * @param audience the required {@code aud} entry
 * @param jwkSetUri the identity service's JWKS; not needed by the identity service itself
 * @param jwksCacheTtl how long fetched keys are trusted before they are fetched again
 * @param jwksRefreshMinInterval the least time between two fetches, so tokens with
 * made-up key ids cannot make a service hammer the identity service
 * @param jwksTimeout connect and read timeout for fetching the keys
 * @param jwksOutageTolerance how long the last fetched keys stay in use past their
 * {@code jwksCacheTtl} while the identity service cannot be reached, so that an outage of
 * one service does not make every other one refuse every token
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 */
@ConfigurationProperties("jainshikanji.security.jwt")
public record JwtProperties(@DefaultValue("https://auth.jainshikanji.in") String issuer,
		@DefaultValue("jainshikanji-api") String audience, URI jwkSetUri, @DefaultValue("10m") Duration jwksCacheTtl,
		@DefaultValue("30s") Duration jwksRefreshMinInterval, @DefaultValue("2s") Duration jwksTimeout,
		@DefaultValue("1h") Duration jwksOutageTolerance, @DefaultValue("30s") Duration clockSkew) {
}
