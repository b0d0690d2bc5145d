package com.jainshikanji.common.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import com.jainshikanji.common.web.ProblemResponseWriter;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * What a request gets when its bearer token could not be accepted. A token that could not
 * even be checked, because the identity service's keys could not be fetched in time
 * (Spring Security's {@link AuthenticationServiceException}), is the platform's failure,
 * not the client's: 503 with Retry-After, as when any other service a request needs is
 * unavailable. Spring Security would rethrow it, and the request would end as a 500 (seen
 * on a busy machine, the first key fetch of a service taking longer than its 2 s limit).
 * Any other failure is the entry point's 401.
 */
final class BearerTokenFailureHandler implements AuthenticationFailureHandler {

	private final ProblemAuthenticationEntryPoint entryPoint;

	private final ProblemResponseWriter writer;

	BearerTokenFailureHandler(ProblemAuthenticationEntryPoint entryPoint, ProblemResponseWriter writer) {
		this.entryPoint = entryPoint;
		this.writer = writer;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			this.writer.write(request, response,
					Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
							"The access token cannot be checked right now; try again shortly"));
			return;
		}
		this.entryPoint.commence(request, response, exception);
	}

}
