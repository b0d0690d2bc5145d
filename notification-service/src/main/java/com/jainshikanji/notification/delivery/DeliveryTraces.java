package com.jainshikanji.notification.delivery;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.stereotype.Component;

/**
 * Carries a notification's trace across the queue. A delivery keeps the W3C trace context
 * it was queued in (the consumed event's, or the admin's request's), and each attempt to
 * send it is a span of that trace, current while it is sent and recorded: the worker's
 * log lines (MDC) and the providers' requests (their {@code traceparent}, through Boot's
 * observed {@code RestClient.Builder}) carry the trace id the order or request started
 * with, on every attempt, retries included. A delivery queued outside any trace (or
 * before the trace was kept) is sent in a trace of its own.
 */
@Component
class DeliveryTraces {

	private static final String SPAN = "notification.deliver";

	private static final String TRACEPARENT = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	DeliveryTraces(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Starts the span of an attempt at the delivery, a child of the context it was queued
	 * in. Tagged with its channel, kind and id, never its address. The caller puts it in
	 * scope ({@link #inScope}) and ends it.
	 */
	Span attempt(Delivery delivery) {
		String traceparent = delivery.traceparent();
		Span.Builder span = (traceparent != null) ? this.propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get)
				: this.tracer.spanBuilder();
		return span.name(SPAN)
			.tag("channel", delivery.channel().name())
			.tag("kind", delivery.kind().name())
			.tag("delivery.id", delivery.id().toString())
			.start();
	}

	/** Makes the span current, in the logs' MDC and for outgoing calls, until closed. */
	Tracer.SpanInScope inScope(Span span) {
		return this.tracer.withSpan(span);
	}

}
