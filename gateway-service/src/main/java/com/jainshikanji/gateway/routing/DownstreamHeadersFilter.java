package com.jainshikanji.gateway.routing;

import java.net.URI;
import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.security.AnonymousEndpoints;
import com.jainshikanji.gateway.security.ClientAddress;

/**
 * What the services learn about the caller: never a client-sent identity or forwarding
 * header (removed, whatever its case or its use of {@code _} for {@code -}), always the
 * verified bearer token (forwarded as is; none to the endpoints for callers who are not
 * signed in), and the client's real address in {@code X-Forwarded-For}, replacing
 * whatever the client sent (the services believe that header only from the gateway).
 * Applied last among the headers filters, to the headers actually sent downstream.
 */
@Component
class DownstreamHeadersFilter implements HttpHeadersFilter, Ordered {

	private final String[] exactNames;

	private final String[] prefixes;

	private final ClientAddress clientAddress;

	DownstreamHeadersFilter(GatewayProperties properties, ClientAddress clientAddress) {
		this.exactNames = properties.strippedHeaders()
			.stream()
			.filter((name) -> !name.endsWith("*"))
			.map(DownstreamHeadersFilter::normalised)
			.toArray(String[]::new);
		this.prefixes = properties.strippedHeaders()
			.stream()
			.filter((name) -> name.endsWith("*"))
			.map((name) -> normalised(name.substring(0, name.length() - 1)))
			.toArray(String[]::new);
		this.clientAddress = clientAddress;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders headers = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!isIdentityHeader(name)) {
				headers.addAll(name, values);
			}
		});
		if (AnonymousEndpoints.contains(exchange.getRequest().getPath().value())) {
			// Not checked here (BearerTokenConverter): the service would refuse a stale
			// one.
			headers.remove(HttpHeaders.AUTHORIZATION);
		}
		headers.set("X-Forwarded-For", this.clientAddress.of(exchange));
		// How the client reached us, so the services' links (Location...) point at the
		// gateway, not at themselves.
		URI uri = exchange.getRequest().getURI();
		headers.set("X-Forwarded-Proto", forwardedOr(exchange, "X-Forwarded-Proto", uri.getScheme()));
		headers.set("X-Forwarded-Port", forwardedOr(exchange, "X-Forwarded-Port", String.valueOf(portOf(uri))));
		String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
		if (host != null) {
			headers.set("X-Forwarded-Host", forwardedOr(exchange, "X-Forwarded-Host", host));
		}
		return headers;
	}

	/**
	 * A forwarding header set by a trusted proxy in front of us, or else what we saw
	 * ourselves.
	 */
	private String forwardedOr(ServerWebExchange exchange, String header, String own) {
		String forwarded = exchange.getRequest().getHeaders().getFirst(header);
		return (forwarded != null && this.clientAddress.cameThroughTrustedProxy(exchange)) ? forwarded : own;
	}

	private static int portOf(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equals(uri.getScheme()) ? 443 : 80;
	}

	/**
	 * Case does not matter, and neither does {@code _} for {@code -}: some servers and
	 * frameworks read {@code X_User_Id} as {@code X-User-Id}.
	 */
	private boolean isIdentityHeader(String name) {
		for (String exact : this.exactNames) {
			if (name.length() == exact.length() && sameFrom(name, exact)) {
				return true;
			}
		}
		for (String prefix : this.prefixes) {
			if (name.length() >= prefix.length() && sameFrom(name, prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code name} starts with the normalised {@code pattern}. */
	private static boolean sameFrom(String name, String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = name.charAt(i);
			if (c == '_') {
				c = '-';
			}
			else if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			if (c != pattern.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static String normalised(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
