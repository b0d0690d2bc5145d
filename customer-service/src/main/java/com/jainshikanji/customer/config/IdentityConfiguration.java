package com.jainshikanji.customer.config;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jainshikanji.customer.identity.IdentityProperties;
import com.jainshikanji.customer.identity.SigningKeys;

/** The identity service's keys and password hashing. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	SigningKeys signingKeys(IdentityProperties properties) {
		return SigningKeys.from(properties.tokens());
	}

	/**
	 * This service verifies its own access tokens with its own public keys, in process,
	 * rather than over HTTP from itself: all those it publishes, so that during a key
	 * rotation it trusts what the other services trust (the tokens of a replica already
	 * signing with the next key, or those the previous key signed).
	 */
	@Bean
	JWKSource<SecurityContext> localVerificationKeys(SigningKeys keys) {
		return new ImmutableJWKSet<>(keys.publicKeys());
	}

	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		return new DedicatedThreadsPasswordEncoder(
				new NormalizingPasswordEncoder(new BCryptPasswordEncoder(properties.passwords().bcryptStrength())),
				Runtime.getRuntime().availableProcessors());
	}

}
