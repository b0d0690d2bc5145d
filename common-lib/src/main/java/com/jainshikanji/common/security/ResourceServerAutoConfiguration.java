package com.jainshikanji.common.security;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.jainshikanji.common.web.ProblemResponseWriter;
import com.jainshikanji.common.web.WebAutoConfiguration;

/**
 * Every servlet service verifies access tokens itself, so a request that bypasses the
 * gateway gains nothing. Keys come from a {@link JWKSource} bean when the service has one
 * (the identity service, with its own keys), otherwise from the identity service's JWKS
 * over HTTP ({@link AccessTokens#remoteKeys}), fetched once the service is ready.
 */
@AutoConfiguration(after = WebAutoConfiguration.class,
		beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(BearerTokenAuthenticationToken.class)
@EnableConfigurationProperties(JwtProperties.class)
@EnableMethodSecurity
@Import({ SecurityProblemsAdvice.class, IdentityServiceKeys.class })
public class ResourceServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(JwtProperties properties, ObjectProvider<JWKSource<SecurityContext>> keys) {
		JwtDecoder verifier = AccessTokens.decoder(keys.getIfAvailable(() -> {
			throw new IllegalStateException("Set jainshikanji.security.jwt.jwk-set-uri to the identity service's JWKS");
		}), properties);
		// About 2.5 KiB per token: at most ≈ 10 MiB of heap, for 4 096 people active
		// within a token's fifteen minutes on one instance.
		return new VerifiedTokens(verifier, 4096, Clock.systemUTC());
	}

	@Bean
	ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		return new ProblemAuthenticationEntryPoint(writer);
	}

	@Bean
	ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter writer) {
		return new ProblemAccessDeniedHandler(writer);
	}

	@Bean
	ResourceServer resourceServer(JwtDecoder decoder, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler, ObjectProvider<PublicEndpoints> publicEndpoints,
			ProblemResponseWriter writer) {
		return new ResourceServer(decoder, entryPoint, new BearerTokenFailureHandler(entryPoint, writer),
				accessDeniedHandler, publicEndpoints.getIfAvailable(PublicEndpoints::none));
	}

}
