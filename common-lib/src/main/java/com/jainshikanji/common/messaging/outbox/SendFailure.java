package com.jainshikanji.common.messaging.outbox;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import org.springframework.kafka.core.KafkaProducerException;

/**
 * Why Kafka did not take an event, and whether trying again can help.
 *
 * <p>
 * Permanent failures are the record's own (too large, a topic name Kafka refuses, not
 * serializable, not authorized): the same record fails the same way every time, so the
 * relay parks it at once. Everything else (broker unavailable, timeouts, not enough
 * replicas, and anything unknown) is treated as transient and retried, and only parked
 * after repeated failures while Kafka accepts other events.
 *
 * @param cause the exception, unwrapped from the future and template wrappers
 * @param permanent whether retrying cannot help
 */
record SendFailure(Throwable cause, boolean permanent) {

	private static final List<Class<? extends Throwable>> PERMANENT = List.of(RecordTooLargeException.class,
			RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class,
			SerializationException.class, AuthorizationException.class);

	static SendFailure of(Throwable ex) {
		Throwable cause = ex;
		while ((cause instanceof ExecutionException || cause instanceof CompletionException
				|| cause instanceof KafkaProducerException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		for (Throwable link = cause; link != null; link = (link.getCause() != link) ? link.getCause() : null) {
			Throwable candidate = link;
			if (PERMANENT.stream().anyMatch((type) -> type.isInstance(candidate))) {
				return new SendFailure(candidate, true);
			}
		}
		return new SendFailure(cause, false);
	}

	/**
	 * For {@code last_error}: the exception class and message, at most 1000 characters.
	 */
	String describe() {
		String text = this.cause.getClass().getName() + ": " + this.cause.getMessage();
		return (text.length() <= 1000) ? text : text.substring(0, 997) + "...";
	}

}
