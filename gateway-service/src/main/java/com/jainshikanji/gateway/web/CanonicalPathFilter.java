package com.jainshikanji.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * Brings every request path to its {@link CanonicalPath canonical form} before anything
 * else looks at it, or refuses it with 400 problem+json, so that the security rules, the
 * admin-path rules, the routes, the rate limiter and the service all decide on the same
 * path. A path that already is canonical passes untouched.
 */
@Component
class CanonicalPathFilter implements WebFilter, Ordered {

	static final int ORDER = SecurityHeadersFilter.ORDER + 1;

	private final ProblemWriter problems;

	CanonicalPathFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String raw = request.getPath().value();
		String canonical = CanonicalPath.of(raw);
		if (canonical == null) {
			return this.problems.write(exchange,
					Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
							"The request path is not in canonical form (encoded slashes, dot or empty segments, "
									+ "semicolons, control characters and escapes that are not UTF-8 are refused)"));
		}
		if (canonical.equals(raw)) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request((builder) -> builder.path(canonical)).build());
	}

}
