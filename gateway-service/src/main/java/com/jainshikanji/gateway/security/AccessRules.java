package com.jainshikanji.gateway.security;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.jainshikanji.common.security.Role;

/**
 * Who may call what at the gateway: rules of method and path patterns, the first that
 * matches decides, and what no rule names needs a verified token. A path is decided
 * without its trailing slash, and HEAD as GET. The same rules as Spring Security's
 * {@code authorizeExchange} DSL with {@code pathMatchers} (the same parser, the same
 * path, the same order), decided in one plain pass: the DSL evaluates each rule as a
 * reactive matcher, so a request that only the last rule takes, as every authenticated
 * API call does, subscribed some hundred operators before it was let through
 * (docs/performance.md, P1).
 */
final class AccessRules implements ReactiveAuthorizationManager<AuthorizationContext> {

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private static final Mono<AuthorizationResult> GRANTED = Mono.just(new AuthorizationDecision(true));

	private static final ReactiveAuthorizationManager<AuthorizationContext> AUTHENTICATED = AuthenticatedReactiveAuthorizationManager
		.authenticated();

	private static final ReactiveAuthorizationManager<AuthorizationContext> ADMIN = AuthorityReactiveAuthorizationManager
		.hasRole(Role.ADMIN.name());

	private final List<Rule> rules = new ArrayList<>();

	/** Anyone may call these, with or without a token. */
	AccessRules permit(HttpMethod method, String... patterns) {
		return add(method, Access.ANYONE, patterns);
	}

	/**
	 * Only administrators may call these.
	 * @param method the method, or {@code null} for any
	 */
	AccessRules admin(HttpMethod method, String... patterns) {
		return add(method, Access.ADMIN, patterns);
	}

	private AccessRules add(HttpMethod method, Access access, String... patterns) {
		for (String pattern : patterns) {
			this.rules.add(new Rule(method, PARSER.parse(PARSER.initFullPathPattern(pattern)), access));
		}
		return this;
	}

	@Override
	public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
		return switch (accessTo(context.getExchange().getRequest())) {
			case ANYONE -> GRANTED;
			case ADMIN -> ADMIN.authorize(authentication, context);
			case AUTHENTICATED -> AUTHENTICATED.authorize(authentication, context);
		};
	}

	/** What calling it takes. */
	Access accessTo(ServerHttpRequest request) {
		// Only a CORS preflight is open as such (the CORS filter answers it before
		// this); any other OPTIONS request needs what its path needs.
		if (CorsUtils.isPreFlightRequest(request)) {
			return Access.ANYONE;
		}
		PathContainer path = withoutTrailingSlash(request.getPath().pathWithinApplication());
		// HEAD is GET without the body (the services answer it so): open where GET is.
		HttpMethod method = HttpMethod.HEAD.equals(request.getMethod()) ? HttpMethod.GET : request.getMethod();
		for (Rule rule : this.rules) {
			if ((rule.method() == null || rule.method().equals(method)) && rule.pattern().matches(path)) {
				return rule.access();
			}
		}
		return Access.AUTHENTICATED;
	}

	/**
	 * {@code /x/} is decided as {@code /x}: a rule naming {@code /api/v1/stores} also
	 * covers {@code /api/v1/stores/}, which a service might one day answer the same way.
	 * Only a path ending in a slash (rare) is parsed again.
	 */
	private static PathContainer withoutTrailingSlash(PathContainer path) {
		String value = path.value();
		int length = value.length();
		return (length > 1 && value.charAt(length - 1) == '/') ? PathContainer.parsePath(value.substring(0, length - 1))
				: path;
	}

	enum Access {

		ANYONE, AUTHENTICATED, ADMIN

	}

	private record Rule(HttpMethod method, PathPattern pattern, Access access) {
	}

}
