package com.jainshikanji.common.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * The delivery person of an order on its way reported where they are, for the customer's
 * live tracking (on whichever instance of the order service they follow it) and for
 * notifications ("your order is nearly there").
 *
 * @param orderId the order
 * @param orderNumber its number
 * @param customerId who ordered
 * @param storeId the store
 * @param latitude degrees
 * @param longitude degrees
 * @param message what the delivery person said, or {@code null}
 * @param recordedAt when
 */
@EventType(name = "DeliveryLocationUpdated", topic = Topics.ORDER)
public record DeliveryLocationUpdated(UUID orderId, String orderNumber, UUID customerId, UUID storeId,
		BigDecimal latitude, BigDecimal longitude, String message, Instant recordedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
