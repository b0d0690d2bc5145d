package com.jainshikanji.common.messaging;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * Renders the admin API's refusals as problem+json. Ahead of the service's own advice,
 * whose catch-all would otherwise make them 500s, and limited to common-lib's messaging
 * controllers.
 */
@RestControllerAdvice(basePackages = "com.jainshikanji.common.messaging")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AdminProblemsAdvice {

	@ExceptionHandler(AdminRequestRefused.class)
	ResponseEntity<ProblemDetail> refused(AdminRequestRefused ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(ex.status()), ProblemTypes.of(ex.type()), ex.title(),
				ex.getMessage());
		problem.setInstance(URI.create(request.getRequestURI()));
		String traceId = MDC.get("traceId");
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
