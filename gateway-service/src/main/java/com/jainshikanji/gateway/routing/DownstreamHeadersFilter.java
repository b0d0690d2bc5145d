package com.jainshikanji.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.security.ClientAddress;

/**
 * What the services learn about the caller: never a client-sent identity header
 * (removed), always the verified bearer token (forwarded as is), and the client's real
 * address in {@code X-Forwarded-For}, replacing whatever the client sent (the services
 * believe that header only from the gateway). Applied last among the headers filters, to
 * the headers actually sent downstream.
 */
@Component
class DownstreamHeadersFilter implements HttpHeadersFilter, Ordered {

	private final List<String> exactNames;

	private final List<String> prefixes;

	private final ClientAddress clientAddress;

	DownstreamHeadersFilter(GatewayProperties properties, ClientAddress clientAddress) {
		this.exactNames = properties.strippedHeaders()
			.stream()
			.filter((name) -> !name.endsWith("*"))
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.toList();
		this.prefixes = properties.strippedHeaders()
			.stream()
			.filter((name) -> name.endsWith("*"))
			.map((name) -> name.substring(0, name.length() - 1).toLowerCase(Locale.ROOT))
			.toList();
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

	private boolean isIdentityHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return this.exactNames.contains(lower) || this.prefixes.stream().anyMatch(lower::startsWith);
	}

}
