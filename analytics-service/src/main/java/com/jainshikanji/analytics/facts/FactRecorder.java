package com.jainshikanji.analytics.facts;

import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.events.EventEnvelope;

/**
 * Turns the events of one kind into facts. Adding a source of figures (loyalty, reviews)
 * is a new recorder bean for its event types, and its topic in {@link FactsListener} and
 * {@link Facts#TOPICS}: the inbox, the rollups and the rebuild come with it.
 */
interface FactRecorder {

	/** Whether this recorder keeps facts from this event. */
	boolean records(EventEnvelope event);

	/**
	 * Applies the event to the facts, inside the caller's transaction, and notes the
	 * store-days whose rollups it changed. Called at most once per event.
	 */
	void record(EventEnvelope event, Touched touched);

}
