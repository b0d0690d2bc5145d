package com.jainshikanji.gateway.web;

import java.net.URI;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.gateway.routing.DownstreamFailures;
import com.jainshikanji.gateway.routing.RequestBodyFailed;

/**
 * Where a route's circuit breaker sends requests it cannot serve: the service is down,
 * not built yet, too slow or failing. The client gets a prompt 503 instead of a hang. A
 * call that failed for what the client sent (a chunked body over the limit) is answered
 * as it would be without a breaker (413), and counts against no service (the breakers
 * ignore what is not one of {@link DownstreamFailures}). Reached only by the breaker's
 * internal forward, which passes no web filter: from outside, {@code /fallback/**} is
 * refused before anything else (UnroutableRequestFilter).
 */
@RestController
class FallbackController {

	static final String PATH = "/fallback/";

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	@RequestMapping(PATH + "{service}")
	Mono<ResponseEntity<ProblemDetail>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (cause != null && isTheClients(cause)) {
			return Mono.error(cause);
		}
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
				"Service unavailable", service + " is unavailable right now; try again shortly");
		String original = exchange.getAttribute(OriginalPathFilter.ATTRIBUTE);
		logCause(service, original, cause);
		// The client's own request, not this internal forward.
		if (original != null) {
			problem.setInstance(URI.create(original));
		}
		ProblemWriter.addTraceId(exchange, problem);
		return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem));
	}

	/**
	 * An error of the client's: the gateway answers it with a 4xx of its own (a body over
	 * the limit), or nobody is left to answer (a client gone in the middle of its body).
	 */
	private static boolean isTheClients(Throwable ex) {
		return DownstreamFailures.anyCause(ex, (cause) -> cause instanceof RequestBodyFailed
				|| (cause instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()));
	}

	/**
	 * Why the client got a 503: the call's own failure (a refused or timed-out
	 * connection, a response that never came) is the operator's lead; a breaker that is
	 * open refuses every call until it tries again, so that is not repeated for each of
	 * them.
	 */
	private static void logCause(String service, @Nullable String path, @Nullable Throwable cause) {
		if (cause instanceof CallNotPermittedException) {
			log.debug("{} refused {}: its circuit breaker is open", service, path);
		}
		else {
			log.warn("{} did not answer {}: {}", service, path, String.valueOf(cause));
		}
	}

}
