package com.jainshikanji.gateway;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that is not a trusted proxy (loopback is not one here) chooses nothing about
 * the trace its request joins (ForwardingTests: a trusted proxy's trace is continued).
 */
@GatewayTest
@TestPropertySource(properties = "gateway.trusted-proxies=10.255.255.0/24")
class UntrustedClientTests extends EchoRoutes {

	@Autowired
	WebTestClient client;

	@Test
	void aClientsTraceContextIsIgnoredAndItsRequestStartsATraceOfItsOwn() {
		String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
		Map<?, ?> echo = this.client.get()
			.uri("/api/v1/products")
			.header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
			.header("b3", trace + "-00f067aa0ba902b7-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String forwarded = (String) ((Map<?, ?>) echo.get("headers")).get("traceparent");
		assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(trace);
	}

}
