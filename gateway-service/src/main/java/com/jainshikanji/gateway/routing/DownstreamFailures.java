package com.jainshikanji.gateway.routing;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException;
import org.springframework.cloud.gateway.support.NotFoundException;

/**
 * The failures of a service behind a route, as opposed to everything else a routed call
 * can fail with: a request the gateway could not send as the client wrote it (a body over
 * the limit, a header it could not copy), or a fault of the gateway's own. Only the
 * service's failures open its circuit breaker, and only they are answered "unavailable"
 * by its fallback: before, any client could open the breaker of any service, for
 * everyone, with a dozen requests the gateway failed on (a request without a Host
 * header).
 */
public final class DownstreamFailures {

	private DownstreamFailures() {
	}

	/**
	 * Whether the service failed the call: no connection (refused, timed out, a name that
	 * does not resolve, no instance to connect to), no answer in time, the connection
	 * closed or reset before the answer, or an answer the route counts as a failure;
	 * anywhere in the chain of causes (a response timeout arrives wrapped in a 504).
	 */
	public static boolean matches(Throwable ex) {
		// A reset while the client's body was read is an IOException too: the client's.
		return !anyCause(ex, RequestBodyFailed.class::isInstance) && anyCause(ex,
				(cause) -> cause instanceof IOException || cause instanceof TimeoutException
						|| cause instanceof io.netty.handler.timeout.TimeoutException
						|| cause instanceof NotFoundException || cause instanceof CircuitBreakerStatusCodeException);
	}

	/** Whether the error or any of its causes is one of those. */
	public static boolean anyCause(Throwable ex, Predicate<Throwable> kind) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (kind.test(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * What every route's circuit breaker ignores, neither failure nor success
	 * ({@code resilience4j.circuitbreaker.configs.default.ignore-exception-predicate}).
	 */
	public static final class Ignored implements Predicate<Throwable> {

		@Override
		public boolean test(Throwable ex) {
			return !matches(ex);
		}

	}

}
