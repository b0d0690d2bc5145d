package com.jainshikanji.gateway.routing;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.security.ClientAddress;

import static org.assertj.core.api.Assertions.assertThat;

class DownstreamHeadersFilterTests {

	@Test
	void removesIdentityHeadersByNameAndPrefix() {
		GatewayProperties properties = new GatewayProperties(Map.of(), List.of("127.0.0.1/32"),
				List.of("X-User-*", "X-Roles"), null, List.of(), List.of(), null);
		DownstreamHeadersFilter filter = new DownstreamHeadersFilter(properties, new ClientAddress(properties));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("http://gateway/api/v1/x")
			.remoteAddress(new InetSocketAddress("203.0.113.7", 5000))
			.header("X-User-Id", "someone")
			.header("x-roles", "ADMIN")
			.header("Authorization", "Bearer t"));

		HttpHeaders sent = filter.filter(exchange.getRequest().getHeaders(), exchange);

		assertThat(sent.headerNames()).containsExactlyInAnyOrder("Authorization", "X-Forwarded-For",
				"X-Forwarded-Proto", "X-Forwarded-Port");
		assertThat(sent.getFirst("X-Forwarded-For")).isEqualTo("203.0.113.7");
	}

	@Test
	void identityHeadersAreRemovedWhateverTheirCaseOrUnderscores() {
		GatewayProperties properties = new GatewayProperties(Map.of(), List.of("127.0.0.1/32"),
				List.of("X-User-*", "X-Roles", "X-Forwarded-*", "Forwarded"), null, List.of(), List.of(), null);
		DownstreamHeadersFilter filter = new DownstreamHeadersFilter(properties, new ClientAddress(properties));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("http://gateway/api/v1/x")
			.remoteAddress(new InetSocketAddress("203.0.113.7", 5000))
			.header("X_User_Id", "someone")
			.header("x_USER-roles", "ADMIN")
			.header("X_ROLES", "ADMIN")
			.header("x-roles", "ADMIN")
			.header("X_Forwarded_Host", "evil.example")
			.header("X-Forwarded-Prefix", "/evil")
			.header("FORWARDED", "for=1.2.3.4;proto=https")
			.header("X-Userland", "kept")
			.header("X-Request-Id", "kept"));

		HttpHeaders sent = filter.filter(exchange.getRequest().getHeaders(), exchange);

		assertThat(sent.headerNames()).containsExactlyInAnyOrder("X-Request-Id", "X-Userland", "X-Forwarded-For",
				"X-Forwarded-Proto", "X-Forwarded-Port");
		assertThat(sent.getFirst("X-Forwarded-For")).isEqualTo("203.0.113.7");
	}

}
