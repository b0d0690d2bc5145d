package com.jainshikanji.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response leaving the gateway carries the browser security headers and no banner,
 * whoever produced it.
 */
@GatewayTest
class SecurityHeadersTests extends EchoRoutes {

	private static final List<String> BANNERS = List.of("Server", "X-Powered-By", "X-AspNet-Version");

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@Test
	void aServicesAnswerLosesItsBannersAndGetsOurHeaders() {
		HttpHeaders headers = this.client.get()
			.uri("/api/v1/products?banners")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseHeaders();
		assertSecure(headers, "a proxied answer");
		// The service sent ALLOWALL and an HSTS header over plain HTTP.
		assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.containsHeader("Strict-Transport-Security")).isFalse();
	}

	@Test
	void theGatewaysOwnAnswersCarryThemToo() {
		String customer = "Authorization: Bearer " + TestTokens.customer();
		assertSecure(RawHttp.send(this.port, "GET", "/api/v1/nowhere", customer), 404);
		assertSecure(RawHttp.send(this.port, "GET", "/api/v1/customers/me"), 401);
		assertSecure(RawHttp.send(this.port, "GET", "/api/v1/admin/customer-service/x", customer), 403);
		assertSecure(RawHttp.send(this.port, "GET", "/api/v1/orders", customer), 503);
		assertSecure(RawHttp.send(this.port, "GET", "/api/v1//products"), 400);
		assertSecure(RawHttp.send(this.port, "POST", "/api/v1/auth/register", "Content-Type: application/json",
				"Content-Length: 999999"), 413);
		assertSecure(RawHttp.send(this.port, "GET", "/readyz"), 200);
		assertSecure(RawHttp.send(this.port, "GET", "/swagger-ui.html"), 302);
		assertSecure(RawHttp.send(this.port, "OPTIONS", "/api/v1/orders", "Origin: https://app.jainshikanji.in",
				"Access-Control-Request-Method: POST"), 200);
	}

	@Test
	void problemsAreNeverCached() {
		this.client.get()
			.uri("/api/v1/customers/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
	}

	@Test
	void hstsOnlyWhenATrustedProxySaysTheClientUsedHttps() {
		// Loopback is a trusted proxy in this configuration.
		this.client.get()
			.uri("/api/v1/products")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		this.client.get()
			.uri("/api/v1/nowhere")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		this.client.get()
			.uri("/api/v1/products")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

	private static void assertSecure(RawHttp.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		HttpHeaders headers = new HttpHeaders();
		response.headers().forEach(headers::addAll);
		assertSecure(headers, "a " + status);
	}

	private static void assertSecure(HttpHeaders headers, String what) {
		assertThat(headers.get("X-Content-Type-Options")).as(what).containsExactly("nosniff");
		assertThat(headers.get("X-Frame-Options")).as(what).containsExactly("DENY");
		assertThat(headers.get("Referrer-Policy")).as(what).containsExactly("no-referrer");
		assertThat(headers.containsHeader("Strict-Transport-Security")).as(what).isFalse();
		for (String banner : BANNERS) {
			assertThat(headers.containsHeader(banner)).as(what + ": " + banner).isFalse();
		}
	}

}
