package com.jainshikanji.gateway;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client chooses nothing about the trace its request joins, unless it is a trusted
 * proxy whose trace context the gateway is told to continue (ForwardingTests: a trusted
 * proxy's trace is continued by default).
 */
class UntrustedClientTests {

	private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	@Nested
	@GatewayTest
	@TestPropertySource(properties = "gateway.trusted-proxies=10.255.255.0/24")
	class WhenTheClientIsNoTrustedProxy extends EchoRoutes {

		@Autowired
		WebTestClient client;

		@Test
		void aClientsTraceContextIsIgnoredAndItsRequestStartsATraceOfItsOwn() {
			assertThat(forwardedTraceparent(this.client)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
				.doesNotContain(TRACE);
		}

	}

	@Nested
	@GatewayTest
	@TestPropertySource(properties = "gateway.trace-from-trusted-proxies=false")
	class WhenTrustedProxiesPassOnWhatTheirClientsSend extends EchoRoutes {

		@Autowired
		WebTestClient client;

		@Test
		void evenATrustedProxysTraceContextIsIgnored() {
			// Loopback, where this request comes from, is a trusted proxy here.
			assertThat(forwardedTraceparent(this.client)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
				.doesNotContain(TRACE);
		}

	}

	static String forwardedTraceparent(WebTestClient client) {
		Map<?, ?> echo = client.get()
			.uri("/api/v1/products")
			.header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
			.header("b3", TRACE + "-00f067aa0ba902b7-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) ((Map<?, ?>) echo.get("headers")).get("traceparent");
	}

}
