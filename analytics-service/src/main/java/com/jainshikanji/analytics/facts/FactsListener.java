package com.jainshikanji.analytics.facts;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.analytics.rollup.Rollups;
import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.Topics;

/**
 * Live facts: every event of the order, payment, customer, loyalty and review topics,
 * applied with the store-days it changes noted for their rollups in the same transaction
 * ({@link Rollups#refreshStale} recomputes them moments later). A failure (the database
 * away) rolls both back and the event is retried from the retry topic.
 */
@Component
class FactsListener {

	private final Facts facts;

	private final Rollups rollups;

	FactsListener(Facts facts, Rollups rollups) {
		this.facts = facts;
		this.rollups = rollups;
	}

	@KafkaListener(topics = { Topics.CUSTOMER, Topics.ORDER, Topics.PAYMENT, Topics.LOYALTY, Topics.REVIEW })
	@Transactional
	void on(EventEnvelope event) {
		Touched touched = new Touched();
		if (this.facts.apply(event, touched)) {
			this.rollups.note(touched);
		}
	}

}
