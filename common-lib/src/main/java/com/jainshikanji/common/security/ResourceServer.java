package com.jainshikanji.common.security;

import jakarta.servlet.DispatcherType;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The platform's stateless resource-server setup, applied by each service's security
 * configuration before its own rules:
 *
 * <pre class="code">
 * &#64;Bean
 * SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) {
 *     return resourceServer.apply(http)
 *         .authorizeHttpRequests((requests) -&gt; requests
 *             .requestMatchers(HttpMethod.GET, "/api/v1/products/**").permitAll()
 *             .anyRequest().authenticated())
 *         .build();
 * }
 * </pre>
 *
 * Every request is authenticated by its bearer token alone (no session, no cookies, so no
 * CSRF); errors, the health probes, metrics, the OpenAPI document and the service's
 * {@link PublicEndpoints} are open (HEAD too where GET is, and nowhere else); the
 * operator endpoints under {@code /api/v1/admin} (audit log, dead letters) are for admins
 * only. Failures are problem+json.
 */
public final class ResourceServer {

	/** Operator endpoints every service may have (audit log, dead letters). */
	public static final String ADMIN_PATHS = "/api/v1/admin/**";

	/** Health, metrics and the OpenAPI document: open to GET and HEAD. */
	private static final String[] OPEN_PAGES = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/livez", "/readyz", "/v3/api-docs", "/v3/api-docs/**" };

	private final JwtDecoder decoder;

	private final ProblemAuthenticationEntryPoint entryPoint;

	private final AuthenticationFailureHandler failureHandler;

	private final ProblemAccessDeniedHandler accessDeniedHandler;

	private final PublicEndpoints publicEndpoints;

	public ResourceServer(JwtDecoder decoder, ProblemAuthenticationEntryPoint entryPoint,
			AuthenticationFailureHandler failureHandler, ProblemAccessDeniedHandler accessDeniedHandler,
			PublicEndpoints publicEndpoints) {
		this.decoder = decoder;
		this.entryPoint = entryPoint;
		this.failureHandler = failureHandler;
		this.accessDeniedHandler = accessDeniedHandler;
		this.publicEndpoints = publicEndpoints;
	}

	public HttpSecurity apply(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((oauth2) -> oauth2
				.jwt((jwt) -> jwt.decoder(this.decoder)
					.jwtAuthenticationConverter((token) -> new AuthenticatedUserToken(AccessTokens.user(token), token)))
				.authenticationEntryPoint(this.entryPoint)
				.accessDeniedHandler(this.accessDeniedHandler)
				// A token that could not be checked at all is a 503, not the 500 of
				// Spring Security's rethrow (see BearerTokenFailureHandler).
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {

					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(ResourceServer.this.failureHandler);
						return filter;
					}

				}))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.entryPoint)
				.accessDeniedHandler(this.accessDeniedHandler))
			.authorizeHttpRequests((requests) -> {
				requests.dispatcherTypeMatchers(DispatcherType.ERROR)
					.permitAll()
					// Actuator answers on the management port only; the probes also on
					// the main
					// port (/livez, /readyz) for the launcher and the container
					// healthcheck.
					.requestMatchers(HttpMethod.GET, OPEN_PAGES)
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, OPEN_PAGES)
					.permitAll()
					.requestMatchers(ADMIN_PATHS)
					.hasRole(Role.ADMIN.name());
				for (PublicEndpoints.Endpoint endpoint : this.publicEndpoints.endpoints()) {
					requests.requestMatchers(endpoint.method(), endpoint.path()).permitAll();
					if (HttpMethod.GET.equals(endpoint.method())) {
						// HEAD is GET without the body (Spring MVC answers it so), as
						// open as GET is; the gateway lets it through on the same terms.
						requests.requestMatchers(HttpMethod.HEAD, endpoint.path()).permitAll();
					}
				}
				// Anywhere else, HEAD is refused: a service's own rules name GET, so a
				// HEAD would slip past a role rule to "authenticated" and run the GET's
				// work (and tell its status) for any signed-in caller.
				requests.requestMatchers(HttpMethod.HEAD).denyAll();
			});
	}

}
