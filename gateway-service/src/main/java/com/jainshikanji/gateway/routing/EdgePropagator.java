package com.jainshikanji.gateway.routing;

import java.util.List;

import brave.Tracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

import com.jainshikanji.gateway.security.ClientAddress;

/**
 * The platform's traces start at the gateway: a request's trace context
 * ({@code traceparent}, B3) is continued only when it comes from a trusted proxy in front
 * of the gateway, the same proxies whose {@code X-Forwarded-For} is believed. From anyone
 * else it is ignored and the request starts a trace of its own, sampled as any other: a
 * client could otherwise choose its trace ids (joining others' traces) and its sampling
 * decision (every request of its own recorded, past the sampling rate). What the gateway
 * sends on to the services is unchanged ({@link TraceContextHeadersFilter}). Replaces
 * Spring Boot's propagator, which this wraps.
 */
@Component
class EdgePropagator implements Propagator {

	private final Propagator propagator;

	private final ClientAddress clientAddress;

	private final boolean fromTrustedProxies;

	/**
	 * @param fromTrustedProxies whether the trusted proxies' trace context is continued:
	 * not when they pass on what their own clients send (ingress-nginx without its
	 * tracing does), which would give every client the choice again
	 */
	EdgePropagator(Tracing tracing, ClientAddress clientAddress,
			@Value("${gateway.trace-from-trusted-proxies:true}") boolean fromTrustedProxies) {
		this.propagator = new BravePropagator(tracing);
		this.clientAddress = clientAddress;
		this.fromTrustedProxies = fromTrustedProxies;
	}

	@Override
	public List<String> fields() {
		return this.propagator.fields();
	}

	@Override
	public <C> void inject(TraceContext context, @Nullable C carrier, Setter<C> setter) {
		this.propagator.inject(context, carrier, setter);
	}

	@Override
	public <C> Span.Builder extract(C carrier, Getter<C> getter) {
		if (carrier instanceof ServerHttpRequest request
				&& !(this.fromTrustedProxies && this.clientAddress.cameThroughTrustedProxy(request))) {
			return this.propagator.extract(carrier, (ignored, key) -> null);
		}
		return this.propagator.extract(carrier, getter);
	}

}
