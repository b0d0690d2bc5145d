package com.jainshikanji.analytics.facts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;

/**
 * The one way an event becomes facts, for the live listener and the rebuild alike: an
 * event no recorder keeps is ignored; any other is applied once (the inbox record commits
 * with its facts), by the recorder of its type.
 */
@Service
public class Facts {

	/** The inbox's name for this service's facts. */
	public static final String CONSUMER = "analytics-service.facts";

	/** The topics facts come from, in the order a rebuild reads them. */
	public static final List<String> TOPICS = List.of(Topics.CUSTOMER, Topics.ORDER, Topics.PAYMENT, Topics.LOYALTY,
			Topics.REVIEW);

	private final ProcessedEvents processedEvents;

	private final List<FactRecorder> recorders;

	Facts(ProcessedEvents processedEvents, List<FactRecorder> recorders) {
		this.processedEvents = processedEvents;
		this.recorders = List.copyOf(recorders);
	}

	/**
	 * Applies the event, unless it was applied before or no fact is kept from it.
	 * @param touched collects the store-days whose rollups must be recomputed
	 * @return whether the event changed any fact
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean apply(EventEnvelope event, Touched touched) {
		for (FactRecorder recorder : this.recorders) {
			if (recorder.records(event)) {
				if (!this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
					return false;
				}
				recorder.record(event, touched);
				return true;
			}
		}
		return false;
	}

}
