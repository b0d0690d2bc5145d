package com.jainshikanji.gateway.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's span for a request: the one {@code http.server.requests} opened, found
 * through the exchange rather than a thread-local, which a reactive callback may not
 * have.
 */
public final class RequestSpan {

	private RequestSpan() {
	}

	/** The request's span, or {@code null} when tracing is off. */
	public static @Nullable Span of(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map((context) -> (TracingContext) context.get(TracingContext.class))
			.map(TracingContext::getSpan)
			.orElse(null);
	}

}
