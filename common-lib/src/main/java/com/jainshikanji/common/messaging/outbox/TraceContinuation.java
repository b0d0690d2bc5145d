package com.jainshikanji.common.messaging.outbox;

import org.jspecify.annotations.Nullable;

/**
 * Makes the trace an event was written in current again while the relay sends it, so the
 * Kafka record (and every consumer's work) joins the trace of the request that caused it
 * rather than starting one of its own on the relay's thread.
 */
@FunctionalInterface
public interface TraceContinuation {

	/** Without tracing: nothing to resume. */
	TraceContinuation NONE = (traceparent) -> () -> {
	};

	/**
	 * Makes the trace current until the scope is closed.
	 * @param traceparent the W3C trace context stored with the event, or {@code null}
	 * @return the scope to close once the record is handed to the producer
	 */
	Scope resume(@Nullable String traceparent);

	/** A resumed trace, current until closed. */
	@FunctionalInterface
	interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
