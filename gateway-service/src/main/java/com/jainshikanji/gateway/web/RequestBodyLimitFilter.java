package com.jainshikanji.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.gateway.config.GatewayProperties;

/**
 * Refuses bodies over the limit with 413: at once when {@code Content-Length} says so,
 * and for chunked bodies as soon as the streamed bytes pass the limit. Runs right after
 * the path check, before any other work is spent on the request.
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
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		AtomicLong seen = new AtomicLong();
		ServerHttpRequestDecorator limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return super.getBody().map((buffer) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > RequestBodyLimitFilter.this.maxBytes) {
						DataBufferUtils.release(buffer);
						throw new PayloadTooLargeException(RequestBodyLimitFilter.this.maxBytes);
					}
					return buffer;
				});
			}
		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

}
