package com.jainshikanji.common.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * Refuses a request whose query parameters hold a NUL character (U+0000), naming the
 * parameter: PostgreSQL cannot take one in any text, so a search or filter carrying it
 * would fail in the database with a 500. Checked on the raw parameters, before anything
 * binds them (lists included), for every endpoint alike.
 */
class NulParameterFilter extends OncePerRequestFilter {

	private final ProblemResponseWriter problems;

	NulParameterFilter(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value.indexOf('\u0000') >= 0) {
					FieldError error = new FieldError(parameter.getKey().replace('\u0000', '?'),
							"must not contain NUL characters");
					ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED,
							"Validation failed", error.field() + " " + error.message());
					problem.setProperty("errors", List.of(error));
					this.problems.write(request, response, problem);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

}
