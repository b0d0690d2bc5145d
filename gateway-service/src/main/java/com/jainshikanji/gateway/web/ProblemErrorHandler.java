package com.jainshikanji.gateway.web;

import com.nimbusds.jose.KeySourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;

/**
 * Every error the gateway itself raises (no route, oversized body, bad request line, a
 * fault) leaves as problem+json; unexpected ones say nothing about the internals.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

	private final ProblemWriter writer;

	ProblemErrorHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		if (hasCause(ex, PayloadTooLargeException.class)) {
			return this.writer.write(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"Payload too large", ex.getMessage()));
		}
		if (hasCause(ex, KeySourceException.class)) {
			// The identity service's keys cannot be fetched: tokens cannot be checked,
			// through no fault of theirs.
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
			return this.writer.write(exchange,
					Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
							"Access tokens cannot be verified right now; try again shortly"));
		}
		if (ex instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
			HttpStatusCode code = status.getStatusCode();
			return this.writer.write(exchange, Problems.of(code, typeOf(code), reason(code), (code.value() == 404)
					? "No route for " + ProblemWriter.pathOf(exchange) : "The request could not be processed"));
		}
		log.error("Unexpected error handling {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex);
		return this.writer.write(exchange, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
				"Internal server error", "An unexpected error occurred; it has been logged"));
	}

	private static java.net.URI typeOf(HttpStatusCode code) {
		return switch (code.value()) {
			case 404 -> ProblemTypes.NOT_FOUND;
			case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
			case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
			default -> ProblemTypes.MALFORMED_REQUEST;
		};
	}

	private static String reason(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		return (status != null) ? status.getReasonPhrase() : "Error";
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
