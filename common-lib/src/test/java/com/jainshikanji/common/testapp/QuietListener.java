package com.jainshikanji.common.testapp;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.events.EventEnvelope;

/**
 * Listens to a topic no event is written to: its dead letters are only those a test sends
 * there, so their count is known from the start.
 */
@Component
public class QuietListener {

	public static final String TOPIC = "common-test.quiet";

	@KafkaListener(topics = TOPIC)
	void on(EventEnvelope envelope) {
		// Nothing to do: only records that are no envelope, which never get here, are
		// sent.
	}

}
