package com.jainshikanji.gateway.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the bearer token from the {@code Authorization} header with the same verdicts as
 * Spring Security's {@code ServerBearerTokenAuthenticationConverter} (no token parameters
 * in the query or body), without its regular expression over the whole token and its
 * merge of three reactive sources on every request: a header that does not start with
 * {@code bearer} (any case) is not a bearer token; one that does must be
 * {@code Bearer <token68>} (RFC 6750 §2.1), or it is refused as malformed, as is a
 * request with more than one {@code Authorization} header.
 */
final class BearerTokenConverter implements ServerAuthenticationConverter {

	private static final String SCHEME = "Bearer ";

	/** RFC 6750's b64token characters, before the trailing '=' padding. */
	private static final boolean[] TOKEN = new boolean[128];

	static {
		for (char c = 'a'; c <= 'z'; c++) {
			TOKEN[c] = true;
		}
		for (char c = 'A'; c <= 'Z'; c++) {
			TOKEN[c] = true;
		}
		for (char c = '0'; c <= '9'; c++) {
			TOKEN[c] = true;
		}
		for (char c : "-._~+/".toCharArray()) {
			TOKEN[c] = true;
		}
	}

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		List<String> authorizations = exchange.getRequest().getHeaders().get(HttpHeaders.AUTHORIZATION);
		if (authorizations == null || authorizations.isEmpty()
				|| AnonymousEndpoints.contains(exchange.getRequest().getPath().value())) {
			// The endpoints for callers who are not signed in never read a token: an app
			// that sends its expired one along, as apps do on every call, must still be
			// able to refresh it (and the header is not passed on: AnonymousEndpoints).
			return Mono.empty();
		}
		if (authorizations.size() > 1) {
			// A request has one Authorization (RFC 9110 §11.6.2): with two, the gateway
			// and a service reading the other could disagree on who is calling.
			return Mono.error(new OAuth2AuthenticationException(
					BearerTokenErrors.invalidRequest("More than one Authorization header")));
		}
		String authorization = authorizations.getFirst();
		if (!authorization.regionMatches(true, 0, "bearer", 0, 6)) {
			return Mono.empty();
		}
		String token = tokenOf(authorization);
		if (token == null) {
			return Mono
				.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
		}
		return Mono.just(new BearerTokenAuthenticationToken(token));
	}

	/**
	 * The token of a {@code Bearer <token68>} header, {@code null} when it is malformed.
	 */
	static @Nullable String tokenOf(String authorization) {
		int length = authorization.length();
		if (length <= SCHEME.length() || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		int i = SCHEME.length();
		while (i < length && authorization.charAt(i) < 128 && TOKEN[authorization.charAt(i)]) {
			i++;
		}
		if (i == SCHEME.length()) {
			return null;
		}
		while (i < length && authorization.charAt(i) == '=') {
			i++;
		}
		return (i == length) ? authorization.substring(SCHEME.length()) : null;
	}

}
