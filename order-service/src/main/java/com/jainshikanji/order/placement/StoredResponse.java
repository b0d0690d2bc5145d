package com.jainshikanji.order.placement;

import java.util.UUID;

/**
 * The answer to a placement, kept with its idempotency key and given again, byte for
 * byte, to every retry with the same key and body.
 *
 * @param orderId the order the key stands for
 * @param status 201, or the 4xx of a refusal
 * @param body the JSON body: the order, or the problem
 * @param replayed whether this answer comes from an earlier request
 */
record StoredResponse(UUID orderId, int status, String body, boolean replayed) {

	StoredResponse asReplay() {
		return new StoredResponse(this.orderId, this.status, this.body, true);
	}

	boolean created() {
		return this.status == 201;
	}

}
