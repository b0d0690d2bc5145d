package com.jainshikanji.gateway.security;

import java.util.List;
import java.util.Locale;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.common.security.AccessTokens;
import com.jainshikanji.common.security.AuthenticatedUserToken;
import com.jainshikanji.common.security.JwtProperties;
import com.jainshikanji.common.security.IdentityServiceKeys;
import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.web.ProblemWriter;

/**
 * Who may pass the gateway. Open without a token: register, login, refresh, the JWKS,
 * browsing products, categories and stores, the payment provider's webhook, the API docs
 * and health, and CORS preflights. Requests answered here (401, 403, CORS) are charged to
 * their sender's request budget like any other ({@link RequestBudgets}). Admin paths
 * (among them every service's own {@code /api/v1/admin/<service>/**}) need the ADMIN
 * role. Everything else needs a valid access token, checked with the same rules as every
 * service (common-lib {@link AccessTokens}), and its session still going
 * ({@link EndedSessions}). The rules see the canonical path (CanonicalPathFilter runs
 * first), the same one the routes and the services see.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(JwtProperties.class)
@Import(IdentityServiceKeys.class)
class SecurityConfiguration {

	private static final JWSAlgorithm SIGNED_WITH = JWSAlgorithm.parse(AccessTokens.ALGORITHM.getName());

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ProblemSecurityHandlers problems, GatewayProperties properties, CorsConfigurationSource cors,
			ProblemWriter writer, RequestBudgets budgets, ObjectProvider<EndedSessions> endedSessions) {
		ReactiveAuthenticationManager verifier = new VerifiedTokenCache(verifierOf(decoder), 100_000);
		EndedSessions ended = endedSessions.getIfAvailable();
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(
					org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// SecurityHeadersFilter writes them on every response, not only on those that
			// pass this chain.
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.cors(ServerHttpSecurity.CorsSpec::disable)
			.addFilterAt(new ProblemCorsFilter(cors, writer, budgets), SecurityWebFiltersOrder.CORS)
			.authorizeExchange((exchanges) -> exchanges.anyExchange().access(accessRules(properties.adminPaths())))
			.oauth2ResourceServer((oauth2) -> oauth2.bearerTokenConverter(new BearerTokenConverter())
				.jwt((jwt) -> jwt
					.authenticationManager((ended != null) ? new OpenSessionsOnly(verifier, ended) : verifier))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/**
	 * Who may call what: these open, the administrators' paths (configured), and
	 * everything else with a verified token.
	 */
	static AccessRules accessRules(List<String> adminPaths) {
		AccessRules rules = new AccessRules().permit(HttpMethod.POST, AnonymousEndpoints.PATHS.toArray(String[]::new))
			.permit(HttpMethod.POST, "/api/v1/payments/webhook")
			// The apps' visit events (anonymous visitors too; the analytics service caps
			// and rate-limits them) and the analytics dashboard page's static files.
			.permit(HttpMethod.POST, "/api/v1/analytics/event")
			.permit(HttpMethod.GET, "/analytics", "/analytics/**")
			.permit(HttpMethod.GET, "/.well-known/jwks.json", "/api/v1/products", "/api/v1/products/**",
					"/api/v1/categories", "/api/v1/categories/**", "/api/v1/stores", "/api/v1/stores/**")
			// A product's reviews, and one review (the review service shows it only once
			// approved, unless the token is its author's, its store's or an admin's); a
			// customer's own lists stay behind a token.
			.permit(HttpMethod.GET, "/api/v1/reviews/product/*", "/api/v1/reviews/*")
			// Pricing a product with chosen options is browsing too.
			.permit(HttpMethod.POST, "/api/v1/products/*/price")
			.permit(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
					"/livez", "/readyz", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/api-docs/**");
		for (String adminPath : adminPaths) {
			String[] parts = adminPath.strip().split("\\s+", 2);
			rules.admin("*".equals(parts[0]) ? null : HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
		}
		return rules;
	}

	private static ReactiveAuthenticationManager verifierOf(ReactiveJwtDecoder decoder) {
		JwtReactiveAuthenticationManager verifier = new JwtReactiveAuthenticationManager(decoder);
		verifier.setJwtAuthenticationConverter(
				(token) -> Mono.just(new AuthenticatedUserToken(AccessTokens.user(token), token)));
		return verifier;
	}

	/**
	 * Spring Security's firewall with its own header rules, decided faster (see
	 * {@link HeaderCharacters}); everything else as by default.
	 */
	@Bean
	ServerWebExchangeFirewall firewall() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
		return firewall;
	}

	/**
	 * No observation of Spring Security's filters, authentication and authorization:
	 * switching them off by property still wraps every filter and manager in a decorator
	 * that costs per request; this leaves them unwrapped. {@code http.server.requests}
	 * still records every request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Verifies tokens against customer-service's JWKS, with the shared rules. Key lookups
	 * may go to the network (a cache miss or a rotation), so they run off the event loop.
	 */
	@Bean
	ReactiveJwtDecoder accessTokenDecoder(JwtProperties properties, JWKSource<SecurityContext> keys) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			// A token under any other algorithm is refused whatever the keys (no key
			// verifies it), so none is looked up for it, let alone fetched.
			.withJwkSource((jwt) -> !SIGNED_WITH.equals(jwt.getHeader().getAlgorithm()) ? Flux.empty()
					: Mono.fromCallable(() -> keys.get(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())), null))
						.subscribeOn(Schedulers.boundedElastic())
						.flatMapMany(Flux::fromIterable))
			.jwsAlgorithm(AccessTokens.ALGORITHM)
			.validateType(false)
			.build();
		decoder.setJwtValidator(AccessTokens.validator(properties));
		// Verified tokens are remembered, with their user, by VerifiedTokenCache.
		return decoder;
	}

	/**
	 * Browser apps from the configured origins only, with credentials: the web login
	 * keeps its refresh token in an HttpOnly cookie and echoes the readable
	 * {@code XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN} (double-submit, checked by
	 * customer-service). With credentials allowed, a wildcard origin would let every site
	 * act as the user, so it is refused at start-up.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
		for (String origin : properties.corsAllowedOrigins()) {
			if (origin.contains("*")) {
				throw new IllegalStateException(
						"gateway.cors-allowed-origins must list explicit origins, not '" + origin + "'");
			}
		}
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.corsAllowedOrigins());
		cors.setAllowCredentials(true);
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(
				List.of("Authorization", "Content-Type", "If-None-Match", "Idempotency-Key", "X-XSRF-TOKEN"));
		// Idempotent-Replayed tells an app that a retried order or adjustment was not
		// made again; a browser app can read only the headers listed here.
		cors.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining",
				"Idempotent-Replayed"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
