package com.jainshikanji.gateway.web;

import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * Refuses, before security, the rate limiter or a route see them, requests that no
 * service is to get:
 * <ul>
 * <li>a missing or invalid {@code Host} (400): the gateway passes the client's Host on,
 * and the services' Tomcat refuses what {@link HostHeader} does not accept with an HTML
 * page; a missing one (HTTP/1.0) failed the call inside the gateway, which counted as a
 * failure of the service and opened its circuit breaker for everyone. The gateway's own
 * pages need no Host.</li>
 * <li>more than one {@code Host} line (400), whatever their values and on every path: RFC
 * 9112 (section 3.2) requires the refusal, and the gateway would otherwise have checked
 * the first and passed all of them on, to a service that may read another one.</li>
 * <li>paths that are not the gateway's to offer (404): the circuit breakers' fallback,
 * reached from inside only, and customer-service's endpoints for the platform's services
 * alone (client credentials; the ended sessions the gateway itself asks for), which they
 * call directly, never through the gateway.</li>
 * </ul>
 */
@Component
class UnroutableRequestFilter implements WebFilter, Ordered {

	/** Customer-service's endpoints that only the platform's services call. */
	private static final Set<String> FOR_SERVICES = Set.of("/api/v1/auth/service-token", "/api/v1/auth/service-token/",
			"/api/v1/auth/ended-sessions", "/api/v1/auth/ended-sessions/");

	private final ProblemWriter problems;

	UnroutableRequestFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		// On the canonical path, which OriginalPathFilter has recorded for the problem.
		return CanonicalPathFilter.ORDER + 3;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith(FallbackController.PATH) || FOR_SERVICES.contains(path)) {
			return this.problems.write(exchange, Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
					HttpStatus.NOT_FOUND.getReasonPhrase(), "No route for " + path));
		}
		// Every line of the header, as the client sent them: one list, one size check.
		List<String> hosts = exchange.getRequest().getHeaders().get(HttpHeaders.HOST);
		if (hosts != null && hosts.size() > 1) {
			return malformed(exchange, "The request has more than one Host header line; exactly one is allowed");
		}
		if (!HostHeader.isValid((hosts != null) ? hosts.getFirst() : null) && !GatewayOwnPaths.contains(path)) {
			return malformed(exchange,
					"The Host header is missing or is not a valid host name or address with an optional port");
		}
		return chain.filter(exchange);
	}

	private Mono<Void> malformed(ServerWebExchange exchange, String detail) {
		return this.problems.write(exchange,
				Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail));
	}

}
