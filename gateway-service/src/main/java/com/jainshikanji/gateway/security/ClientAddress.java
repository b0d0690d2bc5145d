package com.jainshikanji.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;

/**
 * The address of the client a request really comes from. {@code X-Forwarded-For} is
 * believed only when the direct peer is a configured trusted proxy, and then the
 * right-most address that is not itself a trusted proxy is the client; otherwise anyone
 * could rotate that header to get a fresh rate-limit bucket. Every line of the header
 * counts, in order, as one comma-separated list (RFC 9110 §5.3): a proxy that appends its
 * own line instead of extending the client's must not let the client's line decide.
 * Nothing here resolves a name.
 */
@Component
public class ClientAddress {

	private static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private final AddressRange[] trustedProxies;

	public ClientAddress(GatewayProperties properties) {
		this.trustedProxies = properties.trustedProxies()
			.stream()
			.map(AddressRange::parse)
			.toArray(AddressRange[]::new);
	}

	public String of(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		InetAddress peer = remote.getAddress();
		String peerText = (peer != null) ? peer.getHostAddress() : remote.getHostString();
		if (peer == null || !isTrusted(peer.getAddress())) {
			return peerText;
		}
		List<String> lines = request.getHeaders().get(X_FORWARDED_FOR);
		if (lines == null || lines.isEmpty()) {
			return peerText;
		}
		// Right to left: the last line's last hop was written by the proxy nearest us.
		String nearer = null;
		for (int line = lines.size() - 1; line >= 0; line--) {
			String hops = lines.get(line);
			int end = hops.length();
			while (end >= 0) {
				int comma = hops.lastIndexOf(',', end - 1);
				String hop = hops.substring(comma + 1, end).strip();
				end = comma;
				if (hop.isEmpty()) {
					continue;
				}
				byte[] address = AddressRange.literal(hop);
				if (address == null) {
					// Garbage in the chain: stop believing it here.
					return (nearer != null) ? nearer : peerText;
				}
				if (!isTrusted(address)) {
					return hop;
				}
				nearer = hop;
			}
		}
		return (nearer != null) ? nearer : peerText;
	}

	/** Whether the direct peer is one of our trusted proxies. */
	public boolean cameThroughTrustedProxy(ServerWebExchange exchange) {
		return cameThroughTrustedProxy(exchange.getRequest());
	}

	/** Whether the direct peer is one of our trusted proxies. */
	public boolean cameThroughTrustedProxy(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress peer = (remote != null) ? remote.getAddress() : null;
		return peer != null && isTrusted(peer.getAddress());
	}

	/**
	 * The rate-limit bucket of a client address: the address itself for IPv4, its /64
	 * network for IPv6, since one subscriber usually holds a whole /64 and could
	 * otherwise take a fresh budget with every one of its 2^64 addresses.
	 */
	public static String bucketOf(String address) {
		if (address.indexOf(':') < 0) {
			return address;
		}
		byte[] bytes = AddressRange.literal(address);
		if (bytes == null) {
			return address.toLowerCase(Locale.ROOT);
		}
		if (bytes.length == 4) {
			// IPv4-mapped: the same client as its plain IPv4 form.
			return (bytes[0] & 0xFF) + "." + (bytes[1] & 0xFF) + "." + (bytes[2] & 0xFF) + "." + (bytes[3] & 0xFF);
		}
		StringBuilder network = new StringBuilder(24);
		for (int group = 0; group < 4; group++) {
			network.append(Integer.toHexString(((bytes[group * 2] & 0xFF) << 8) | (bytes[group * 2 + 1] & 0xFF)))
				.append(':');
		}
		return network.append(":/64").toString();
	}

	private boolean isTrusted(byte[] address) {
		for (AddressRange range : this.trustedProxies) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

}
