package com.jainshikanji.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Remembers the path the client asked for (in canonical form), so a problem produced
 * after an internal forward (a circuit breaker's fallback) still names the client's
 * request as its {@code instance}.
 */
@Component
class OriginalPathFilter implements WebFilter, Ordered {

	static final String ATTRIBUTE = OriginalPathFilter.class.getName() + ".path";

	@Override
	public int getOrder() {
		// After the path was made canonical: the problem names the path we served.
		return CanonicalPathFilter.ORDER + 2;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
		return chain.filter(exchange);
	}

}
