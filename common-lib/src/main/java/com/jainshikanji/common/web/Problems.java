package com.jainshikanji.common.web;

import java.net.URI;

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

}
