package com.jainshikanji.common.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's {@code /error} dispatch (errors raised outside Spring MVC, e.g.
 * in a servlet filter) with a problem instead of Boot's default error map. It reports
 * only the status: whatever went wrong stays in the log.
 */
@RestController
public class ProblemErrorController implements ErrorController {

	private static final Map<Integer, URI> TYPES = Map.of(400, ProblemTypes.MALFORMED_REQUEST, 401,
			ProblemTypes.AUTHENTICATION_REQUIRED, 403, ProblemTypes.ACCESS_DENIED, 404, ProblemTypes.NOT_FOUND, 405,
			ProblemTypes.METHOD_NOT_ALLOWED, 413, ProblemTypes.PAYLOAD_TOO_LARGE, 415,
			ProblemTypes.UNSUPPORTED_MEDIA_TYPE);

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ProblemDetail problem = Problems.of(status, TYPES.getOrDefault(status.value(), ProblemTypes.INTERNAL_ERROR),
				status.getReasonPhrase(), status.is5xxServerError() ? "An unexpected error occurred; it has been logged"
						: "The request could not be processed");
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(URI.create(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
