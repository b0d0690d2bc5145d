package com.jainshikanji.gateway.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.gateway.security.ClientAddress;

/**
 * The browser-facing security headers on every response that leaves the gateway, whoever
 * produced it (a service, a problem, a 404, a 429, a fallback, a refused path):
 * {@code nosniff}, {@code DENY} framing, {@code no-referrer}, HSTS when the client
 * reached us over HTTPS (directly, or as a trusted proxy says in
 * {@code X-Forwarded-Proto}), and {@code no-store} unless the service chose its own
 * caching. Server and framework banners, ours or a service's, are removed. Written just
 * before the response commits, so they also cover what a service sent. Replaces Spring
 * Security's header writers, which see only what passes its filter chain.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	static final String HSTS = "max-age=31536000; includeSubDomains";

	/** Headers that only tell an attacker what runs behind us. */
	private static final List<String> BANNERS = List.of("Server", "X-Powered-By", "X-AspNet-Version",
			"X-AspNetMvc-Version", "X-Runtime", "X-Version", "X-Generator", "X-Application-Context");

	private final ClientAddress clientAddress;

	SecurityHeadersFilter(ClientAddress clientAddress) {
		this.clientAddress = clientAddress;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			write(exchange);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private void write(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		HttpHeaders headers = response.getHeaders();
		for (String banner : BANNERS) {
			headers.remove(banner);
		}
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", "DENY");
		headers.set("Referrer-Policy", "no-referrer");
		if (cameOverHttps(exchange)) {
			headers.set("Strict-Transport-Security", HSTS);
		}
		else {
			headers.remove("Strict-Transport-Security");
		}
		if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL) && !headers.containsHeader(HttpHeaders.EXPIRES)
				&& !headers.containsHeader(HttpHeaders.PRAGMA) && response.getStatusCode() != HttpStatus.NOT_MODIFIED) {
			headers.set(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
			headers.set(HttpHeaders.PRAGMA, "no-cache");
			headers.set(HttpHeaders.EXPIRES, "0");
		}
	}

	private boolean cameOverHttps(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getSslInfo() != null || "https".equals(request.getURI().getScheme())) {
			return true;
		}
		String forwarded = request.getHeaders().getFirst("X-Forwarded-Proto");
		return forwarded != null && "https".equalsIgnoreCase(forwarded.strip())
				&& this.clientAddress.cameThroughTrustedProxy(exchange);
	}

}
