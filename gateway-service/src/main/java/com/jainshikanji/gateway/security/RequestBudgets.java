package com.jainshikanji.gateway.security;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;

/**
 * The request budgets, for the requests that security answers itself and that never reach
 * the rate limiter behind it: no token or a refused one (401), not allowed (403), CORS
 * preflights and refused cross-origin requests, requests the firewall refuses. Each costs
 * its sender as much as a request that passes (a refused token costs a signature check),
 * so each is counted the same way.
 */
public interface RequestBudgets {

	/**
	 * Charges the request to its sender's budget, then gives the answer; 429 instead when
	 * that budget is spent.
	 * @param exchange the request
	 * @param answer what security answers, called only when it is to be sent
	 * @return when the answer was given
	 */
	Mono<Void> charge(ServerWebExchange exchange, Supplier<Mono<Void>> answer);

}
