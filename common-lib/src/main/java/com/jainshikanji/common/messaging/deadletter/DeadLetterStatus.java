package com.jainshikanji.common.messaging.deadletter;

/** Where a dead letter stands: waiting for an operator, or dealt with. */
enum DeadLetterStatus {

	/** Stored, nobody has acted on it yet. */
	NEW,

	/** Published again to its original topic. */
	REPLAYED,

	/** Given up on by an operator. */
	DISCARDED

}
