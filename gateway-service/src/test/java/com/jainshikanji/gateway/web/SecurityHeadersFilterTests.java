package com.jainshikanji.gateway.web;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.security.ClientAddress;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTests {

	private final SecurityHeadersFilter filter = new SecurityHeadersFilter(new ClientAddress(new GatewayProperties(
			Map.of(), List.of("10.0.0.0/8"), List.of("X-User-*"), null, List.of(), List.of(), null)));

	@Test
	void hstsWhenTheClientCameOverHttpsDirectly() {
		HttpHeaders headers = respond(
				MockServerHttpRequest.get("https://gateway/api/v1/products").sslInfo(new SslInfo() {
					@Override
					public String getSessionId() {
						return "session";
					}

					@Override
					public java.security.cert.X509Certificate[] getPeerCertificates() {
						return null;
					}
				}).remoteAddress(new InetSocketAddress("203.0.113.9", 40000)));
		assertThat(headers.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void hstsWhenATrustedProxySaysTheClientUsedHttps() {
		HttpHeaders headers = respond(MockServerHttpRequest.get("http://gateway/api/v1/products")
			.header("X-Forwarded-Proto", "https")
			.remoteAddress(new InetSocketAddress("10.1.2.3", 40000)));
		assertThat(headers.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
	}

	@Test
	void noHstsOverPlainHttpOrWhenAnUntrustedPeerClaimsHttps() {
		assertThat(respond(MockServerHttpRequest.get("http://gateway/api/v1/products")
			.remoteAddress(new InetSocketAddress("10.1.2.3", 40000))).containsHeader("Strict-Transport-Security"))
			.isFalse();
		assertThat(respond(MockServerHttpRequest.get("http://gateway/api/v1/products")
			.header("X-Forwarded-Proto", "https")
			.remoteAddress(new InetSocketAddress("203.0.113.9", 40000))).containsHeader("Strict-Transport-Security"))
			.isFalse();
	}

	@Test
	void bannersAndLooseHeadersFromBehindAreReplaced() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("http://gateway/api/v1/products")
				.remoteAddress(new InetSocketAddress("203.0.113.9", 40000)));
		this.filter.filter(exchange, (e) -> {
			HttpHeaders sent = e.getResponse().getHeaders();
			sent.add("Server", "Apache/2.4.1");
			sent.add("x-powered-by", "PHP/5.6");
			sent.add("X-Frame-Options", "ALLOWALL");
			sent.add("Strict-Transport-Security", "max-age=60");
			sent.add("Cache-Control", "max-age=60");
			return e.getResponse().setComplete();
		}).block();
		HttpHeaders headers = exchange.getResponse().getHeaders();
		assertThat(headers.containsHeader("Server")).isFalse();
		assertThat(headers.containsHeader("X-Powered-By")).isFalse();
		assertThat(headers.containsHeader("Strict-Transport-Security")).isFalse();
		assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
		// The service's own caching stands.
		assertThat(headers.get("Cache-Control")).containsExactly("max-age=60");
	}

	private HttpHeaders respond(MockServerHttpRequest.BaseBuilder<?> request) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		this.filter.filter(exchange, (e) -> e.getResponse().setComplete()).block();
		return exchange.getResponse().getHeaders();
	}

}
