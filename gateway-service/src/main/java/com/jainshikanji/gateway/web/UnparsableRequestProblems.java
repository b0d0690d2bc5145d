package com.jainshikanji.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import org.jspecify.annotations.Nullable;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.web.ProblemTypes;

/**
 * Gives a body to the answers the gateway's HTTP server writes on its own, before any
 * filter runs: Reactor Netty answers a request it cannot decode (a control character in a
 * header, a request line over the limit, headers over the limit) with an empty 400, 414
 * or 431, and Spring answers a request target that is not a valid URI (a raw {@code <},
 * {@code |} or {@code "} in the query, as some clients send) with an empty 400. Every
 * other refusal is problem+json; so are these.
 * <p>
 * Only complete responses with no body are touched: the gateway's and the services' own
 * errors always carry one, and so does every proxied answer that has something to say.
 * <p>
 * A request with more header lines than {@value #MAX_HEADER_LINES} is refused the same
 * way as one whose headers are too large (431): the services' Tomcat takes at most 100,
 * and the gateway adds a few of its own (X-Forwarded-*, traceparent); past that, the
 * client got Tomcat's HTML error page. Decided here, on the decoded request, at the cost
 * of one comparison.
 */
@Component
class UnparsableRequestProblems implements NettyServerCustomizer {

	static final int MAX_HEADER_LINES = 90;

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, address) -> {
			ChannelPipeline pipeline = channel.pipeline();
			// HTTP/1.1 only: the only protocol the gateway speaks.
			if (pipeline.get(NettyPipeline.HttpCodec) != null) {
				pipeline.addAfter(NettyPipeline.HttpCodec, "problemBodies", new ProblemBodies());
			}
		});
	}

	/**
	 * One per connection: it remembers which requests were HEAD, in order, so that the
	 * answer to a HEAD request keeps its empty body (HTTP/1.1 answers in request order).
	 */
	static final class ProblemBodies extends ChannelDuplexHandler {

		private static final byte[] BAD_REQUEST = problem(400, "Bad Request",
				"The request is not valid HTTP: its request line or one of its headers holds a character"
						+ " that must be percent-encoded or is not allowed");

		private static final byte[] URI_TOO_LONG = problem(414, "URI Too Long",
				"The request line is longer than the gateway accepts");

		private static final byte[] HEADERS_TOO_LARGE = problem(431, "Request Header Fields Too Large",
				"The request has more headers, or larger ones, than the gateway accepts");

		private final Queue<Boolean> heads = new ArrayDeque<>();

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
			if (msg instanceof HttpRequest request) {
				this.heads.add(HttpMethod.HEAD.equals(request.method()));
				if (request.headers().size() > MAX_HEADER_LINES && request.decoderResult().isSuccess()) {
					// Answered by Reactor Netty as it answers headers over the size
					// limit.
					request.setDecoderResult(DecoderResult
						.failure(new TooLongHttpHeaderException("More than " + MAX_HEADER_LINES + " header lines")));
				}
			}
			super.channelRead(ctx, msg);
		}

		@Override
		public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
			if (msg instanceof HttpResponse response
					&& response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
				Boolean head = this.heads.poll();
				if (response instanceof FullHttpResponse full && !Boolean.TRUE.equals(head)
						&& !full.content().isReadable()) {
					byte[] body = bodyFor(full.status().code());
					if (body != null) {
						msg = withBody(full, body);
					}
				}
			}
			super.write(ctx, msg, promise);
		}

		private static byte @Nullable [] bodyFor(int status) {
			return switch (status) {
				case 400 -> BAD_REQUEST;
				case 414 -> URI_TOO_LONG;
				case 431 -> HEADERS_TOO_LARGE;
				default -> null;
			};
		}

		private static FullHttpResponse withBody(FullHttpResponse empty, byte[] body) {
			FullHttpResponse answer = empty.replace(Unpooled.wrappedBuffer(body));
			empty.release();
			answer.headers()
				.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
				.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
				.set("X-Content-Type-Options", "nosniff")
				.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
			return answer;
		}

		// Written out: constants with nothing to escape, built once.
		private static byte[] problem(int status, String title, String detail) {
			return ("{\"type\":\"" + ProblemTypes.MALFORMED_REQUEST + "\",\"title\":\"" + title + "\",\"status\":"
					+ status + ",\"detail\":\"" + detail + "\"}")
				.getBytes(StandardCharsets.UTF_8);
		}

	}

}
