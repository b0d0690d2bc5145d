package com.jainshikanji.common.security;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import com.jainshikanji.common.web.ProblemResponseWriter;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenFailureHandlerTest {

	private final ProblemResponseWriter writer = new ProblemResponseWriter(JsonMapper.builder().build());

	private final BearerTokenFailureHandler handler = new BearerTokenFailureHandler(
			new ProblemAuthenticationEntryPoint(this.writer), this.writer);

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aTokenThatCouldNotBeCheckedBecauseTheKeysCouldNotBeFetchedIsA503ProblemWithRetryAfter() throws Exception {
		this.request.addHeader("Authorization", "Bearer token");

		this.handler.onAuthenticationFailure(this.request, this.response, new AuthenticationServiceException(
				"An error occurred while attempting to decode the Jwt: Timeout while waiting for cache refresh"));

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("2");
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentAsString()).contains("/problems/service-unavailable")
			.contains("cannot be checked right now")
			.doesNotContain("Timeout", "decode");
	}

	@Test
	void aRefusedTokenIsStillA401WithTheBearerChallenge() throws Exception {
		this.request.addHeader("Authorization", "Bearer token");

		this.handler.onAuthenticationFailure(this.request, this.response,
				new InvalidBearerTokenException(new OAuth2Error("invalid_token").toString()));

		assertThat(this.response.getStatus()).isEqualTo(401);
		assertThat(this.response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(this.response.getContentAsString()).contains("/problems/invalid-token");
	}

}
