package com.jainshikanji.gateway.routing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.gateway.web.RequestSpan;

/**
 * The request's trace goes on to the service: its {@code traceparent} names the gateway's
 * own span for this request (a child of a trusted proxy's, if one sent it: see
 * {@link EdgePropagator}), so the service's work and every event it writes join the same
 * trace. Spring Cloud Gateway's own observability does this too, at several times the
 * cost per request; here it is one header from the span that {@code http.server.requests}
 * already has.
 */
@Component
class TraceContextHeadersFilter implements HttpHeadersFilter, Ordered {

	private final Propagator propagator;

	TraceContextHeadersFilter(Propagator propagator) {
		this.propagator = propagator;
	}

	@Override
	public int getOrder() {
		// Before DownstreamHeadersFilter, which copies what it is given.
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		Span span = RequestSpan.of(exchange);
		if (span == null) {
			return input;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(input);
		this.propagator.inject(span.context(), headers, HttpHeaders::set);
		return headers;
	}

}
