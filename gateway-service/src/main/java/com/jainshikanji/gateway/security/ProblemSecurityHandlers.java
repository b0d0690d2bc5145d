package com.jainshikanji.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.gateway.web.ProblemWriter;

/**
 * 401 and 403 as problem+json, with the RFC 6750 challenge; the detail never says why a
 * token was refused. A request Spring Security's firewall refuses (a method such as
 * TRACE, a header value it will not pass on) is a 400 problem too, as is one that carries
 * its credentials wrongly (two Authorization headers). Each is charged to its sender's
 * request budget first ({@link RequestBudgets}).
 */
@Component
class ProblemSecurityHandlers
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

	private final ProblemWriter writer;

	private final RequestBudgets budgets;

	ProblemSecurityHandlers(ProblemWriter writer, RequestBudgets budgets) {
		this.writer = writer;
		this.budgets = budgets;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		return this.budgets.charge(exchange, () -> unauthorized(exchange, ex));
	}

	private Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException refused
				&& OAuth2ErrorCodes.INVALID_REQUEST.equals(refused.getError().getErrorCode())) {
			// RFC 6750 §3.1: a request carrying its credentials wrongly is a 400.
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_request\"");
			return this.writer.write(exchange, Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
					"Malformed request", refused.getError().getDescription()));
		}
		boolean tokenPresented = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
		return this.writer.write(exchange,
				tokenPresented
						? Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_TOKEN, "Invalid token",
								"The access token is invalid or has expired")
						: Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.AUTHENTICATION_REQUIRED,
								"Authentication required", "This resource needs a bearer access token"));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.budgets.charge(exchange, () -> this.writer.write(exchange, Problems.of(HttpStatus.FORBIDDEN,
				ProblemTypes.ACCESS_DENIED, "Access denied", "You are not allowed to perform this action")));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return this.budgets.charge(exchange, () -> this.writer.write(exchange, Problems.of(HttpStatus.BAD_REQUEST,
				ProblemTypes.MALFORMED_REQUEST, "Malformed request", "The request was refused")));
	}

}
