package com.jainshikanji.common.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.jainshikanji.common.web.ProblemResponseWriter;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * 401 as problem+json, with the {@code WWW-Authenticate: Bearer} challenge of RFC 6750.
 * The detail says whether a token was missing or refused, never why it was refused.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemResponseWriter writer;

	public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean tokenPresented = ex instanceof InvalidBearerTokenException
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
		this.writer.write(request, response,
				tokenPresented
						? Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_TOKEN, "Invalid token",
								"The access token is invalid or has expired")
						: Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.AUTHENTICATION_REQUIRED,
								"Authentication required", "This resource needs a bearer access token"));
	}

}
