package com.jainshikanji.gateway.routing;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * {@code http.server.requests} of the gateway, tagged with the route that took the
 * request ({@code route}, {@code none} for the gateway's own answers): request rate,
 * errors and latency per route for the dashboards, without Spring Cloud Gateway's own
 * per-route metrics (switched off for their cost per request).
 */
@Component
class RouteTaggedRequestObservationConvention extends DefaultServerRequestObservationConvention {

	private static final KeyValue NO_ROUTE = KeyValue.of("route", "none");

	@Override
	public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
		Object route = context.getAttributes().get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return super.getLowCardinalityKeyValues(context)
			.and((route instanceof Route matched) ? KeyValue.of("route", matched.getId()) : NO_ROUTE);
	}

}
