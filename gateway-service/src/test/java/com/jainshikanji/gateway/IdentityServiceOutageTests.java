package com.jainshikanji.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

/**
 * Without the identity service's keys no token can be verified: callers get 401, open
 * paths keep working.
 */
@GatewayTest
@TestPropertySource(properties = "jainshikanji.security.jwt.jwk-set-uri=http://127.0.0.1:9/.well-known/jwks.json")
class IdentityServiceOutageTests extends EchoRoutes {

	@Autowired
	WebTestClient client;

	@Test
	void tokensCannotBeVerifiedSoTheCallerIsToldToRetry() {
		this.client.get()
			.uri("/api/v1/customers/me")
			.headers((h) -> h.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://api.jainshikanji.in/problems/service-unavailable");
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
	}

}
