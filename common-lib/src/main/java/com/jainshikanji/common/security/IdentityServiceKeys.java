package com.jainshikanji.common.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity service's keys ({@link AccessTokens#remoteKeys}) and their fetch once the
 * application is ready, for the servlet services (imported by
 * {@link ResourceServerAutoConfiguration}) and the gateway. Not where the application has
 * keys of its own (the identity service), nor where no JWKS is configured (a test slice
 * that replaces the decoder needs neither). A bean, so that its background fetching stops
 * with the context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(JWKSource.class)
@ConditionalOnProperty("jainshikanji.security.jwt.jwk-set-uri")
public class IdentityServiceKeys {

	@Bean
	JWKSource<SecurityContext> identityServiceKeys(JwtProperties properties) {
		return AccessTokens.remoteKeys(properties);
	}

	@Bean
	KeysPrefetch identityServiceKeysPrefetch(JWKSource<SecurityContext> identityServiceKeys, JwtProperties properties) {
		return new KeysPrefetch(identityServiceKeys, properties.jwksRefreshMinInterval());
	}

}
