package com.jainshikanji.gateway.web;

import java.net.URI;

import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problems from filters and handlers that run outside controllers; the
 * {@code instance} is the request's canonical path, {@code traceId} its trace. A browser
 * app from an allowed origin can read each of them: a problem written before the CORS
 * filter ran (a refused path, a body over the limit) gets the CORS headers that filter
 * would have added.
 */
@Component
public class ProblemWriter {

	private final JsonMapper jsonMapper;

	private final CorsConfigurationSource cors;

	private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

	ProblemWriter(JsonMapper jsonMapper, CorsConfigurationSource cors) {
		this.jsonMapper = jsonMapper;
		this.cors = cors;
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(pathOf(exchange)));
		}
		addTraceId(exchange, problem);
		if (exchange.getRequest().getHeaders().getOrigin() != null
				&& response.getHeaders().getAccessControlAllowOrigin() == null
				&& !CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			// The headers for an allowed origin, none for another (its 403 is
			// overwritten below).
			this.corsProcessor.process(this.cors.getCorsConfiguration(exchange), exchange);
		}
		response.setStatusCode(org.springframework.http.HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory().wrap(this.jsonMapper.writeValueAsBytes(problem));
		return response.writeWith(Mono.just(body));
	}

	/**
	 * Names the request's trace in the problem ({@code traceId}), as the services'
	 * problems do, so that a client's report leads to the gateway's and the services'
	 * logs. The trace is the span of the request's {@code http.server.requests}
	 * observation, which outlives every filter and error handler; the gateway keeps no
	 * trace in the MDC or thread-locals of the event loop.
	 */
	static void addTraceId(ServerWebExchange exchange, ProblemDetail problem) {
		ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map((context) -> (TracingContext) context.get(TracingContext.class))
			.map(TracingContext::getSpan)
			.ifPresent((span) -> problem.setProperty("traceId", span.context().traceId()));
	}

	/**
	 * The canonical path of the request; an exception handler sees the exchange as it
	 * came in, before CanonicalPathFilter replaced its request.
	 */
	static String pathOf(ServerWebExchange exchange) {
		String canonical = exchange.getAttribute(OriginalPathFilter.ATTRIBUTE);
		return (canonical != null) ? canonical : exchange.getRequest().getPath().value();
	}

}
