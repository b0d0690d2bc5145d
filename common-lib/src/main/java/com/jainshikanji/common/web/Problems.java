package com.jainshikanji.common.web;

import java.net.URI;

import org.slf4j.MDC;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds {@link ProblemDetail}s the same way everywhere. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/**
	 * The problem naming the request's trace, when there is one (Micrometer Tracing keeps
	 * it in the logging context), so that a client's report of it leads to the logs.
	 */
	public static ProblemDetail traced(ProblemDetail problem) {
		String traceId = MDC.get("traceId");
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		return problem;
	}

}
