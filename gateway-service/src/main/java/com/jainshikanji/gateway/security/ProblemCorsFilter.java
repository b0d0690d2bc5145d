package com.jainshikanji.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.gateway.web.ProblemWriter;

/**
 * Spring's CORS handling (the same processor and configuration as its CorsWebFilter),
 * except that a cross-origin request the configuration refuses gets a 403 problem instead
 * of an empty 403. A browser shows the app neither; a developer calling with curl, or
 * reading the network tab, sees why. Preflights and refusals, answered here, are charged
 * to the sender's request budget ({@link RequestBudgets}).
 */
final class ProblemCorsFilter implements WebFilter {

	private final CorsConfigurationSource configurations;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final ProblemWriter writer;

	private final RequestBudgets budgets;

	ProblemCorsFilter(CorsConfigurationSource configurations, ProblemWriter writer, RequestBudgets budgets) {
		this.configurations = configurations;
		this.writer = writer;
		this.budgets = budgets;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsConfiguration configuration = this.configurations.getCorsConfiguration(exchange);
		if (!this.processor.process(configuration, exchange)) {
			return this.budgets.charge(exchange, () -> this.writer.write(exchange, Problems.of(HttpStatus.FORBIDDEN,
					ProblemTypes.ACCESS_DENIED, "Cross-origin request refused",
					"Browser apps from this origin, or with this method or these headers, may not call the API")));
		}
		// An allowed preflight is answered here and not counted: it costs no token check,
		// and it never carries the token, so it would be charged to the address, which
		// signed-in users behind one address (an office, a carrier's NAT) share with
		// whoever spends it; a browser turns a refused preflight into an opaque error.
		return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
	}

}
