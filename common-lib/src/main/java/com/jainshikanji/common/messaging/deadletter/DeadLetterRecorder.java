package com.jainshikanji.common.messaging.deadletter;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.kafka.support.EndpointHandlerMethod;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;

/**
 * The handler of every dead-letter topic of the service (the retry topics' DLT handler):
 * stores each dead letter in the service's database, once however often it is
 * redelivered, logs it as an error and counts it. Records that could not even be read
 * (not JSON, not an envelope) are stored as they are.
 *
 * <p>
 * If the database is away, the handler retries for a while, then fails; the record then
 * goes back to the dead-letter topic (the retry topics' default DLT strategy) and comes
 * round again.
 */
public class DeadLetterRecorder {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

	private static final int STORE_ATTEMPTS = 5;

	private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(500);

	private final DeadLetters deadLetters;

	private final EventJson json;

	private final Clock clock;

	private final String deadLetterSuffix;

	private final Consumer<String> counter;

	/**
	 * @param deadLetterSuffix what the service's dead-letter topics add to the original
	 * topic's name, e.g. {@code .orders.dlt}
	 * @param counter counts a newly stored dead letter of the given original topic
	 */
	public DeadLetterRecorder(DeadLetters deadLetters, EventJson json, Clock clock, String deadLetterSuffix,
			Consumer<String> counter) {
		this.deadLetters = deadLetters;
		this.json = json;
		this.clock = clock;
		this.deadLetterSuffix = deadLetterSuffix;
		this.counter = counter;
	}

	/** This recorder as the retry topics' DLT handler. */
	public EndpointHandlerMethod asDltHandler() {
		Method method = ReflectionUtils.findMethod(DeadLetterRecorder.class, "record", ConsumerRecord.class);
		Assert.state(method != null, "DeadLetterRecorder.record(ConsumerRecord) is missing");
		return new EndpointHandlerMethod(this, method);
	}

	/** Stores one record read from a dead-letter topic. */
	public void record(ConsumerRecord<String, String> record) throws InterruptedException {
		DeadLetter letter = toDeadLetter(record);
		if (store(letter)) {
			String what = (letter.eventId() != null) ? "event " + letter.eventId() + " (" + letter.eventType() + ")"
					: "a record that is no event envelope";
			log.error("Dead letter on {}: {} from {} partition {} offset {} failed with {}: {}", record.topic(), what,
					letter.sourceTopic(), letter.sourcePartition(), letter.sourceOffset(), letter.exceptionClass(),
					letter.exceptionMessage());
			this.counter.accept(letter.topic());
		}
		else {
			log.debug("Dead letter from {} partition {} offset {} was stored before", letter.sourceTopic(),
					letter.sourcePartition(), letter.sourceOffset());
		}
	}

	private boolean store(DeadLetter letter) throws InterruptedException {
		Duration delay = FIRST_RETRY_DELAY;
		for (int attempt = 1;; attempt++) {
			try {
				return this.deadLetters.store(letter);
			}
			catch (DataAccessException ex) {
				if (attempt == STORE_ATTEMPTS) {
					throw ex;
				}
				log.warn("Could not store dead letter from {} ({}); retrying in {}", letter.sourceTopic(),
						ex.getMostSpecificCause().toString(), delay);
				Thread.sleep(delay);
				delay = delay.multipliedBy(2);
			}
		}
	}

	/**
	 * The original topic whose dead letters arrive on the given topic, the tag they are
	 * counted under; {@code null} if it is none of this service's dead-letter topics.
	 */
	public String deadLetteredTopic(String topic) {
		return topic.endsWith(this.deadLetterSuffix)
				? topic.substring(0, topic.length() - this.deadLetterSuffix.length()) : null;
	}

	DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
		Headers headers = record.headers();
		String sourceTopic = text(headers, KafkaHeaders.ORIGINAL_TOPIC, KafkaHeaders.DLT_ORIGINAL_TOPIC);
		ByteBuffer partition = binary(headers, Integer.BYTES, KafkaHeaders.ORIGINAL_PARTITION,
				KafkaHeaders.DLT_ORIGINAL_PARTITION);
		ByteBuffer offset = binary(headers, Long.BYTES, KafkaHeaders.ORIGINAL_OFFSET, KafkaHeaders.DLT_ORIGINAL_OFFSET);
		int sourcePartition;
		long sourceOffset;
		if (sourceTopic != null && partition != null && offset != null) {
			sourcePartition = partition.getInt();
			sourceOffset = offset.getLong();
		}
		else {
			// Not published by a dead-letter recoverer: the record itself is the source.
			sourceTopic = record.topic();
			sourcePartition = record.partition();
			sourceOffset = record.offset();
		}
		String deadLettered = deadLetteredTopic(record.topic());
		String topic = (deadLettered != null) ? deadLettered : sourceTopic;
		String exceptionClass = text(headers, KafkaHeaders.EXCEPTION_CAUSE_FQCN, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
		if (exceptionClass == null) {
			exceptionClass = text(headers, KafkaHeaders.EXCEPTION_FQCN, KafkaHeaders.DLT_EXCEPTION_FQCN);
		}
		String exceptionMessage = text(headers, KafkaHeaders.EXCEPTION_MESSAGE, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
		EventEnvelope envelope = envelope(record.value());
		UUID eventId = (envelope != null) ? envelope.eventId() : uuid(text(headers, "event_id"));
		String eventType = (envelope != null) ? envelope.type() : text(headers, "event_type");
		return new DeadLetter(0, topic, record.topic(), sourceTopic, sourcePartition, sourceOffset,
				storable(record.key()), storable(record.value()), ownHeaders(headers), exceptionClass,
				storable(exceptionMessage), eventId, eventType, this.clock.instant(), DeadLetterStatus.NEW, null, null);
	}

	/**
	 * The headers the record was published with: Kafka's retry and dead-letter
	 * bookkeeping (which would confuse the consumer's retries on a replay) and the trace
	 * context (a replay is a new hop, traced from the operator's request) are left out.
	 */
	private static List<DeadLetter.Header> ownHeaders(Headers headers) {
		List<DeadLetter.Header> own = new ArrayList<>();
		for (Header header : headers) {
			String name = header.key();
			if (!name.startsWith("kafka_") && !name.startsWith("retry_topic-") && !name.equals("traceparent")
					&& !name.equals("tracestate") && !name.equals("b3") && !name.equals("baggage")) {
				own.add(DeadLetter.Header.of(name, header.value()));
			}
		}
		return own;
	}

	private EventEnvelope envelope(String value) {
		if (value == null) {
			return null;
		}
		try {
			EventEnvelope envelope = this.json.read(value);
			return (envelope != null && envelope.eventId() != null) ? envelope : null;
		}
		catch (RuntimeException ex) {
			// Unreadable: that may be why it is here. Stored as it is.
			return null;
		}
	}

	/**
	 * Text PostgreSQL can store: it refuses NUL characters, which binary garbage on a
	 * topic often holds, and a dead letter that cannot be stored would come round on the
	 * dead-letter topic for ever, holding up every dead letter behind it. NUL becomes
	 * U+FFFD, as undecodable bytes already do.
	 */
	static String storable(String text) {
		return (text != null && text.indexOf('\u0000') >= 0) ? text.replace('\u0000', '\uFFFD') : text;
	}

	private static String text(Headers headers, String... names) {
		for (String name : names) {
			Header header = headers.lastHeader(name);
			if (header != null && header.value() != null) {
				return new String(header.value(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	/**
	 * The recoverer writes partitions as 4-byte and offsets as 8-byte big-endian numbers.
	 */
	private static ByteBuffer binary(Headers headers, int length, String... names) {
		for (String name : names) {
			Header header = headers.lastHeader(name);
			if (header != null && header.value() != null && header.value().length == length) {
				return ByteBuffer.wrap(header.value());
			}
		}
		return null;
	}

	private static UUID uuid(String text) {
		try {
			return (text != null) ? UUID.fromString(text.trim()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
