package com.jainshikanji.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.routing.RequestBodyFailed;

/**
 * Refuses bodies over the limit with 413: at once when {@code Content-Length} says so,
 * and for chunked bodies as soon as the streamed bytes pass the limit. A body that fails
 * on the client's side is marked {@link RequestBodyFailed}, so that it never counts
 * against the service it was going to. Runs right after the path check, before any other
 * work is spent on the request.
 */
@Component
class RequestBodyLimitFilter implements WebFilter, Ordered {

	private final long maxBytes;

	private final ProblemWriter writer;

	RequestBodyLimitFilter(GatewayProperties properties, ProblemWriter writer) {
		this.maxBytes = properties.maxRequestBody().toBytes();
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return CanonicalPathFilter.ORDER + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return this.writer.write(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"Payload too large", "Request body exceeds " + this.maxBytes + " bytes"));
		}
		boolean chunked = declared < 0
				&& exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
		if (declared <= 0 && !chunked) {
			// No body (most requests: GETs): nothing to count or to fail.
			return chain.filter(exchange);
		}
		AtomicLong seen = new AtomicLong();
		ServerHttpRequestDecorator limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				Flux<DataBuffer> body = super.getBody();
				if (chunked) {
					body = body.map((buffer) -> {
						if (seen.addAndGet(buffer.readableByteCount()) > RequestBodyLimitFilter.this.maxBytes) {
							DataBufferUtils.release(buffer);
							throw new PayloadTooLargeException(RequestBodyLimitFilter.this.maxBytes);
						}
						return buffer;
					});
				}
				// A client that closes or resets its connection in the middle of its body
				// fails the call to the service with an IOException, which would count
				// against the service: marked as the client's.
				return body.onErrorMap((ex) -> !(ex instanceof RequestBodyFailed),
						(ex) -> new RequestBodyFailed("The client's request body did not arrive", ex));
			}
		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

}
