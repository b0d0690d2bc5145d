package com.jainshikanji.common.web;

import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Tells the failures of a call to another service of the platform apart, for its typed
 * client (a {@code RestClient} behind a circuit breaker and a retry): which are worth one
 * more attempt at once, which answer was one of the service's own problems, and a few
 * words for the 503 (and the log) on why the service could not be used, completing "the
 * ... service ...".
 */
public final class DownstreamFailures {

	private DownstreamFailures() {
	}

	/**
	 * Whether a failed attempt is worth one more at once: a refused or reset connection,
	 * a 502, 503 or 504. Never a read timeout: a slow service stays slow, and waiting for
	 * it twice would double the time before the caller hears "try again".
	 */
	public static boolean isWorthRetrying(Throwable ex) {
		if (ex instanceof HttpServerErrorException server) {
			return server.getStatusCode().isSameCodeAs(HttpStatus.BAD_GATEWAY)
					|| server.getStatusCode().isSameCodeAs(HttpStatus.SERVICE_UNAVAILABLE)
					|| server.getStatusCode().isSameCodeAs(HttpStatus.GATEWAY_TIMEOUT);
		}
		return ex instanceof ResourceAccessException && !timedOut(ex);
	}

	/**
	 * Whether the service connected but did not answer in time (the read timeout). A
	 * connect timeout is not one: that service cannot be reached.
	 */
	public static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if ((cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException))
					|| cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Why the service could not be used, to follow "the ... service": "did not answer in
	 * time", "cannot be reached", "answered 404" (a status the client could not take for
	 * an answer) or "broke off its answer".
	 */
	public static String why(RestClientException ex) {
		if (ex instanceof ResourceAccessException) {
			return timedOut(ex) ? "did not answer in time" : "cannot be reached";
		}
		if (ex instanceof HttpStatusCodeException status) {
			return "answered " + status.getStatusCode().value();
		}
		return "broke off its answer";
	}

	/**
	 * Whether an error answer is the service's own problem of this type (its {@code type}
	 * ends with {@code /slug}), such as the 404 {@code store-not-found} that says there
	 * is no such store. A bare status (a wrong base URL, a path no longer served, a
	 * proxy's page) is not, and says nothing about what was asked.
	 * @param slug the last segment of the problem type, e.g. {@code store-not-found}
	 */
	public static boolean isProblem(RestClientResponseException ex, String slug) {
		try {
			ProblemTypeOnly problem = ex.getResponseBodyAs(ProblemTypeOnly.class);
			return problem != null && problem.type() != null && problem.type().endsWith("/" + slug);
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

	/** The part of another service's problem read here. */
	record ProblemTypeOnly(@Nullable String type) {
	}

}
