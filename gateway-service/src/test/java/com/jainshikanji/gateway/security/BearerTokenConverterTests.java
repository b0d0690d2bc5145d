package com.jainshikanji.gateway.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenConverterTests {

	private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

	@Test
	void givesTheSameVerdictAsSpringSecuritysConverterForEveryShapeOfHeader() {
		List<String> headers = List.of("Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==",
				"Bearer a-b.c_d~e+f/g=", "Bearer " + JWT + " ", "Bearer  " + JWT, "Bearer", "Bearer ", "Bearer =",
				"Bearer ==", "Bearer a=b", "Bearer a b", "Bearer a,b", "Bearer\t" + JWT, "Bearer é", "Bearerx " + JWT,
				"Basic dXNlcjpwYXNz", "Token " + JWT, "", "bear " + JWT, "Bearer a\u0000", "Bearer a%2F");
		ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
		ServerAuthenticationConverter lean = new BearerTokenConverter();
		for (String header : headers) {
			assertThat(verdict(lean, header)).as("[%s]", header).isEqualTo(verdict(spring, header));
		}
		assertThat(verdict(lean, "Bearer " + JWT)).isEqualTo("token " + JWT);
		assertThat(verdict(lean, "Bearer a b")).isEqualTo("malformed");
		assertThat(verdict(lean, "Basic dXNlcjpwYXNz")).isEqualTo("none");
	}

	@Test
	void noAuthorizationHeaderIsNoBearerToken() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/customers/me"));
		assertThat(new BearerTokenConverter().convert(exchange).blockOptional()).isEmpty();
	}

	private static String verdict(ServerAuthenticationConverter converter, String header) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/v1/customers/me").header(HttpHeaders.AUTHORIZATION, header));
		try {
			Authentication authentication = converter.convert(exchange).block();
			return (authentication == null) ? "none"
					: "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
		}
		catch (OAuth2AuthenticationException ex) {
			return "malformed";
		}
	}

}
