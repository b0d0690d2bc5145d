package com.jainshikanji.common.events;

/**
 * Topic names: one topic per publishing service, keyed by aggregate id, so all events of
 * one aggregate stay in order on one partition. Consumers tell events apart by
 * {@link EventEnvelope#type()}.
 */
public final class Topics {

	public static final String CUSTOMER = "jainshikanji.customer.events";

	public static final String STORE = "jainshikanji.store.events";

	public static final String INVENTORY = "jainshikanji.inventory.events";

	public static final String ORDER = "jainshikanji.order.events";

	public static final String PAYMENT = "jainshikanji.payment.events";

	public static final String LOYALTY = "jainshikanji.loyalty.events";

	public static final String REVIEW = "jainshikanji.review.events";

	private Topics() {
	}

	/**
	 * Where a consumer group's undeliverable records of a topic end up. Per group,
	 * because two services reading the same topic must not see each other's failures.
	 */
	public static String deadLetter(String topic, String consumerGroup) {
		return topic + "." + consumerGroup + ".dlt";
	}

}
