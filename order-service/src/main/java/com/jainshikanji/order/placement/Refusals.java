package com.jainshikanji.order.placement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.AnnotatedElementUtils;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.common.web.ProblemTypes;

/**
 * Refusals of a placement that the client must fix (the 4xx problems exceptions declare
 * with {@link ProblemType}), written as the problem+json body the shared advice would
 * write, so they can be kept with the idempotency key and given again to every retry.
 * Server-side failures (5xx) are never kept: a retry may succeed.
 */
final class Refusals {

	static final String INSTANCE = "/api/v1/orders";

	private Refusals() {
	}

	/** The problem body of a client refusal; empty for anything else. */
	static Optional<Refusal> of(Throwable ex, JsonMapper json) {
		ProblemType declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ProblemType.class);
		if (declared == null || !declared.status().is4xxClientError()) {
			return Optional.empty();
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemTypes.of(declared.slug()).toString());
		problem.put("title", declared.title());
		problem.put("status", declared.status().value());
		problem.put("detail", ex.getMessage());
		problem.put("instance", INSTANCE);
		if (ex instanceof ProblemExtensions extensions) {
			problem.putAll(extensions.problemProperties());
		}
		// The trace of the request that decided: a retry given this answer again points
		// support to where it was made.
		String traceId = MDC.get("traceId");
		if (traceId != null) {
			problem.put("traceId", traceId);
		}
		return Optional.of(new Refusal(declared.status().value(), json.writeValueAsString(problem)));
	}

	record Refusal(int status, String body) {
	}

}
