package com.jainshikanji.common.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A record a consumer gave up on, as stored from its dead-letter topic, and what an
 * operator may do with it: replay it to its original topic, or discard it, once.
 *
 * @param id the row id
 * @param topic the original topic, where a replay goes
 * @param deadLetterTopic the dead-letter topic it was read from
 * @param sourceTopic where it failed first (the original topic, or a retry topic)
 * @param sourcePartition the partition it failed on
 * @param sourceOffset its offset there
 * @param key the record key
 * @param value the record value, as text
 * @param headers the record's own headers (retry and dead-letter bookkeeping left out)
 * @param exceptionClass the exception that made the consumer give up
 * @param exceptionMessage its message
 * @param eventId the event id, if the value is an envelope or the headers name it
 * @param eventType the event type, likewise
 * @param receivedAt when it was stored
 * @param status where it stands
 * @param replayedAt when it was replayed
 * @param discardedAt when it was discarded
 */
record DeadLetter(long id, String topic, String deadLetterTopic, String sourceTopic, int sourcePartition,
		long sourceOffset, String key, String value, List<Header> headers, String exceptionClass,
		String exceptionMessage, UUID eventId, String eventType, Instant receivedAt, DeadLetterStatus status,
		Instant replayedAt, Instant discardedAt) {

	/** Marks it replayed; a dead letter is replayed or discarded once. */
	DeadLetter replayed(Instant now) {
		requireNew("replayed");
		return new DeadLetter(this.id, this.topic, this.deadLetterTopic, this.sourceTopic, this.sourcePartition,
				this.sourceOffset, this.key, this.value, this.headers, this.exceptionClass, this.exceptionMessage,
				this.eventId, this.eventType, this.receivedAt, DeadLetterStatus.REPLAYED, now, null);
	}

	DeadLetter discarded(Instant now) {
		requireNew("discarded");
		return new DeadLetter(this.id, this.topic, this.deadLetterTopic, this.sourceTopic, this.sourcePartition,
				this.sourceOffset, this.key, this.value, this.headers, this.exceptionClass, this.exceptionMessage,
				this.eventId, this.eventType, this.receivedAt, DeadLetterStatus.DISCARDED, null, now);
	}

	/**
	 * The record to publish again: same key, value and headers (so its event id is the
	 * same, and every consumer group that applied it already skips it), to the original
	 * topic.
	 */
	ProducerRecord<String, String> toReplay() {
		ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, this.key, this.value);
		this.headers.forEach((header) -> record.headers().add(header.name(), header.bytes()));
		return record;
	}

	private void requireNew(String action) {
		if (this.status != DeadLetterStatus.NEW) {
			throw new DeadLetterAlreadyHandled(this.id, this.status, action);
		}
	}

	/**
	 * A record header, its value in base64 (headers are bytes).
	 *
	 * @param name the header name
	 * @param value the value, base64-encoded
	 */
	record Header(String name, String value) {

		static Header of(String name, byte[] value) {
			return new Header(name, Base64.getEncoder().encodeToString((value != null) ? value : new byte[0]));
		}

		byte[] bytes() {
			return Base64.getDecoder().decode(this.value);
		}

		/** The value as UTF-8 text, which is what our own headers hold. */
		String text() {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

	}

}
