package com.jainshikanji.common.web;

import java.util.Map;

import org.springframework.http.HttpHeaders;

/**
 * Implemented by a {@link ProblemType}-annotated exception that carries more than a
 * message: extension members of the problem (RFC 9457 section 3.2) and response headers.
 */
public interface ProblemExtensions {

	/** Members added to the problem body, e.g. {@code shortages}. */
	default Map<String, Object> problemProperties() {
		return Map.of();
	}

	/** Headers added to the response, e.g. {@code Retry-After}. */
	default HttpHeaders problemHeaders() {
		return HttpHeaders.EMPTY;
	}

}
