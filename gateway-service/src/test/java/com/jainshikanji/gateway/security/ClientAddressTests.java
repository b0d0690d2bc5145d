package com.jainshikanji.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	private final ClientAddress clientAddress = new ClientAddress(new GatewayProperties(Map.of(),
			List.of("10.0.0.0/8", "2001:db8::/32"), List.of("X-User-*"), null, List.of(), List.of(), null));

	@Test
	void anUntrustedPeerIsTheClientWhateverItsHeaderSays() {
		assertThat(resolve("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
	}

	@Test
	void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
		assertThat(resolve("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
		// The client itself can prepend anything; only what our proxies appended counts.
		assertThat(resolve("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9")).isEqualTo("198.51.100.1");
		assertThat(resolve("2001:db8::1", "203.0.113.5")).isEqualTo("203.0.113.5");
	}

	@Test
	void aTrustedPeerWithoutForwardingHeaderIsItself() {
		assertThat(resolve("10.1.2.3")).isEqualTo("10.1.2.3");
	}

	@Test
	void garbageInTheChainIsNotBelieved() {
		assertThat(resolve("10.1.2.3", "evil.example.com")).isEqualTo("10.1.2.3");
		assertThat(resolve("10.1.2.3", "198.51.100.1, not-an-ip")).isEqualTo("10.1.2.3");
	}

	@Test
	void everyHeaderLineCountsInOrderAsOneList() {
		// The client sent the first line; our proxy appended the second instead of
		// extending the first.
		assertThat(resolve("10.1.2.3", "6.6.6.6", "198.51.100.1")).isEqualTo("198.51.100.1");
		assertThat(resolve("10.1.2.3", "6.6.6.6", "198.51.100.1, 10.9.9.9")).isEqualTo("198.51.100.1");
		assertThat(resolve("10.1.2.3", "6.6.6.6, 7.7.7.7", "10.9.9.9", "10.8.8.8")).isEqualTo("7.7.7.7");
		assertThat(resolve("10.1.2.3", "10.7.7.7", "10.9.9.9")).isEqualTo("10.7.7.7");
		assertThat(resolve("10.1.2.3", "198.51.100.1", "not-an-ip")).isEqualTo("10.1.2.3");
		assertThat(resolve("10.1.2.3", "not-an-ip", "10.9.9.9")).isEqualTo("10.9.9.9");
		assertThat(resolve("10.1.2.3", " , ", "")).isEqualTo("10.1.2.3");
		// From an untrusted peer no line is believed.
		assertThat(resolve("203.0.113.9", "6.6.6.6", "198.51.100.1")).isEqualTo("203.0.113.9");
	}

	@Test
	void hexLookingHopsAreGarbageAndNeverLookedUp() {
		RecordingResolver.lookups().clear();
		assertThat(resolve("10.1.2.3", "deadbeef")).isEqualTo("10.1.2.3");
		assertThat(resolve("10.1.2.3", "cafe.babe")).isEqualTo("10.1.2.3");
		assertThat(resolve("10.1.2.3", "198.51.100.1, dead.beef, 10.9.9.9")).isEqualTo("10.9.9.9");
		assertThat(RecordingResolver.lookups()).isEmpty();
	}

	@Test
	void anIpv6ClientIsLimitedByItsSlash64() {
		assertThat(ClientAddress.bucketOf("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.bucketOf("2001:0DB8:0001:0002:ffff:1:2:3")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.bucketOf("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
		assertThat(ClientAddress.bucketOf("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(ClientAddress.bucketOf("203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(ClientAddress.bucketOf("unknown")).isEqualTo("unknown");
	}

	private String resolve(String peer, String... forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("http://gateway/api/v1/products")
			.remoteAddress(new InetSocketAddress(InetAddress.ofLiteral(peer), 40000));
		if (forwardedFor.length > 0 && forwardedFor[0] != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return this.clientAddress.of(MockServerWebExchange.from(request));
	}

}
