package com.jainshikanji.common.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.jainshikanji.common.web.Problems;

/**
 * Method-security refusals ({@code @PreAuthorize}) thrown inside a controller: 403, ahead
 * of the service advice's catch-all that would otherwise make them a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityProblemsAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied() {
		return ResponseEntity.status(403)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.traced(ProblemAccessDeniedHandler.forbidden()));
	}

}
