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
 * Refuses, naming the parameter, a request whose query parameters hold what nothing
 * behind this filter handles well, checked on the raw parameters before anything binds
 * them, for every endpoint alike:
 * <ul>
 * <li>a NUL character (U+0000) in a value: PostgreSQL cannot take one in any text, so a
 * search or filter carrying it would fail in the database with a 500;</li>
 * <li>a bracket in a name ({@code tag[0]}, {@code tag[]}): Spring reads it as an index
 * into a list and fails with a 500 on one that is not a number or out of range. Lists are
 * sent by repeating the parameter ({@code tag=a&tag=b}).</li>
 * </ul>
 */
class RawParameterFilter extends OncePerRequestFilter {

	private final ProblemResponseWriter problems;

	RawParameterFilter(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
				refuse(request, response, new FieldError(name.replace('\u0000', '?'),
						"is not a parameter name this API reads: repeat the parameter for a list"));
				return;
			}
			for (String value : parameter.getValue()) {
				if (value.indexOf('\u0000') >= 0) {
					refuse(request, response,
							new FieldError(name.replace('\u0000', '?'), "must not contain NUL characters"));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, FieldError error) throws IOException {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
				error.field() + " " + error.message());
		problem.setProperty("errors", List.of(error));
		this.problems.write(request, response, problem);
	}

}
