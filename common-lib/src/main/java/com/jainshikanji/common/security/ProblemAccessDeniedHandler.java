package com.jainshikanji.common.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.jainshikanji.common.web.ProblemResponseWriter;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/** 403 as problem+json: authenticated, but not allowed to do this. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemResponseWriter writer;

	public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.writer.write(request, response, forbidden());
	}

	static org.springframework.http.ProblemDetail forbidden() {
		return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.ACCESS_DENIED, "Access denied",
				"You are not allowed to perform this action");
	}

}
