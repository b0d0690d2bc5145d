package com.jainshikanji.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;

/**
 * The address of the client a request really comes from. {@code X-Forwarded-For} is
 * believed only when the direct peer is a configured trusted proxy, and then the
 * right-most address that is not itself a trusted proxy is the client; otherwise anyone
 * could rotate that header to get a fresh rate-limit bucket.
 */
@Component
public class ClientAddress {

	private final List<AddressRange> trustedProxies;

	public ClientAddress(GatewayProperties properties) {
		this.trustedProxies = properties.trustedProxies().stream().map(AddressRange::parse).toList();
	}

	public String of(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String peer = peerOf(request);
		if (peer == null || !isTrusted(peer)) {
			return (peer != null) ? peer : "unknown";
		}
		String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return peer;
		}
		List<String> hops = Arrays.stream(forwarded.split(","))
			.map(String::strip)
			.filter((hop) -> !hop.isEmpty())
			.toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!isAddress(hop)) {
				// Garbage in the chain: stop believing it here.
				return (i == hops.size() - 1) ? peer : hops.get(i + 1);
			}
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return hops.isEmpty() ? peer : hops.getFirst();
	}

	/** Whether the direct peer is one of our trusted proxies. */
	public boolean cameThroughTrustedProxy(ServerWebExchange exchange) {
		String peer = peerOf(exchange.getRequest());
		return peer != null && isTrusted(peer);
	}

	private boolean isTrusted(String address) {
		return this.trustedProxies.stream().anyMatch((range) -> range.contains(address));
	}

	private static String peerOf(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return null;
		}
		InetAddress address = remote.getAddress();
		return (address != null) ? address.getHostAddress() : remote.getHostString();
	}

	private static boolean isAddress(String text) {
		return AddressRange.literal(text) != null;
	}

}
