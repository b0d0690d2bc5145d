package com.jainshikanji.gateway.web;

import io.micrometer.tracing.Span;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.gateway.security.ClientAddress;

/**
 * One line per request at the edge: method, path (never the query, which may carry a
 * token), status, time to the response's headers, the client's address, the user the
 * request was charged to and its trace id, so an operator goes from a complaint ("my
 * order failed at 10:02") to the request and from there to the services' logs of its
 * trace. Written when the response commits, whoever produced it (a service, a 401, a 429,
 * a fallback), and for a request the client gave up on before any answer (status
 * {@code 499}, as nginx writes it). With {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}
 * the fields are ECS members of the JSON line. Switched off with
 * {@code logging.level.com.jainshikanji.gateway.access=warn}.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

	/**
	 * Exchange attribute: the authenticated user's id, set where the request is charged
	 * to a user's budget (the rate limiter resolves the caller anyway; doing it again
	 * here would cost every request a reactive lookup of the security context).
	 */
	public static final String USER_ID = AccessLogFilter.class.getName() + ".userId";

	/** What nginx writes for a request whose client closed the connection first. */
	static final int CLIENT_CLOSED = 499;

	private static final Logger log = LoggerFactory.getLogger("com.jainshikanji.gateway.access");

	private final ClientAddress clientAddress;

	AccessLogFilter(ClientAddress clientAddress) {
		this.clientAddress = clientAddress;
	}

	@Override
	public int getOrder() {
		// Before any filter that may answer by itself (CanonicalPathFilter and after).
		return SecurityHeadersFilter.ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!log.isInfoEnabled()) {
			return chain.filter(exchange);
		}
		long start = System.nanoTime();
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			write(exchange, (status != null) ? status.value() : 200, start);
			return Mono.empty();
		});
		return chain.filter(exchange).doOnCancel(() -> {
			if (!exchange.getResponse().isCommitted()) {
				write(exchange, CLIENT_CLOSED, start);
			}
		});
	}

	private void write(ServerWebExchange exchange, int status, long start) {
		ServerHttpRequest request = exchange.getRequest();
		String method = request.getMethod().name();
		String path = request.getPath().value();
		long millis = (System.nanoTime() - start) / 1_000_000;
		String client = this.clientAddress.of(exchange);
		String user = exchange.getAttribute(USER_ID);
		String trace = traceIdOf(exchange);
		LoggingEventBuilder line = log.atInfo()
			.setMessage("{} {} {} {} ms client={} user={} trace={}")
			.addArgument(method)
			.addArgument(path)
			.addArgument(status)
			.addArgument(millis)
			.addArgument(client)
			.addArgument((user != null) ? user : "-")
			.addArgument((trace != null) ? trace : "-")
			.addKeyValue("http.request.method", method)
			.addKeyValue("url.path", path)
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("event.duration", millis * 1_000_000)
			.addKeyValue("client.ip", client);
		if (user != null) {
			line = line.addKeyValue("user.id", user);
		}
		if (trace != null) {
			line = line.addKeyValue("trace.id", trace);
		}
		line.log();
	}

	private static @Nullable String traceIdOf(ServerWebExchange exchange) {
		Span span = RequestSpan.of(exchange);
		return (span != null) ? span.context().traceId() : null;
	}

}
