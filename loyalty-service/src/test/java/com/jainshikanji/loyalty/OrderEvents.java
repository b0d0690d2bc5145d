package com.jainshikanji.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.events.payment.RefundProcessed;

/**
 * Plays the order and payment services: publishes their events with the common-lib
 * contracts.
 */
final class OrderEvents {

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	OrderEvents(KafkaTemplate<String, String> kafka, EventJson json) {
		this.kafka = kafka;
		this.json = json;
	}

	/** Confirms an order paid cash on delivery. */
	EventEnvelope confirmed(UUID orderId, UUID customerId) {
		return confirmed(orderId, customerId, null);
	}

	/** Confirms an order paid by the payment, or cash on delivery when there is none. */
	EventEnvelope confirmed(UUID orderId, UUID customerId, @Nullable UUID paymentId) {
		return publish(Topics.ORDER, new OrderConfirmed(orderId, "ORD-" + orderId, customerId, UUID.randomUUID(),
				(paymentId != null) ? "upi" : "cod", paymentId, lines(), amounts("100.00"), Instant.now()));
	}

	EventEnvelope cancelled(UUID orderId, UUID customerId) {
		return publish(Topics.ORDER, new OrderCancelled(orderId, "ORD-" + orderId, customerId, UUID.randomUUID(),
				"confirmed", "customer", "Changed my mind", lines(), amounts("100.00"), Instant.now()));
	}

	/**
	 * Delivers an order paid online: the order service sends {@code cashCollected} false
	 * for those.
	 */
	EventEnvelope delivered(UUID orderId, UUID customerId, String total) {
		return publish(Topics.ORDER, new OrderDelivered(orderId, "ORD-" + orderId, customerId, UUID.randomUUID(),
				"delivery", "upi", false, lines(), amounts(total), Instant.now()));
	}

	/** Delivers an order paid cash on delivery, the cash collected or not. */
	EventEnvelope deliveredForCash(UUID orderId, UUID customerId, String total, boolean cashCollected) {
		return publish(Topics.ORDER, new OrderDelivered(orderId, "ORD-" + orderId, customerId, UUID.randomUUID(),
				"delivery", "cod", cashCollected, lines(), amounts(total), Instant.now()));
	}

	EventEnvelope refunded(UUID orderId, String amount, boolean fully) {
		return refunded(UUID.randomUUID(), orderId, amount, fully);
	}

	/** A refund under its own id (the payment service may publish one refund twice). */
	EventEnvelope refunded(UUID refundId, UUID orderId, String amount, boolean fully) {
		return refunded(refundId, UUID.randomUUID(), orderId, amount, fully);
	}

	/** A refund of the payment. */
	EventEnvelope refunded(UUID refundId, UUID paymentId, UUID orderId, String amount, boolean fully) {
		return publish(Topics.PAYMENT, new RefundProcessed(refundId, paymentId, orderId, new BigDecimal(amount),
				new BigDecimal(amount), fully, Instant.now()));
	}

	EventEnvelope publish(String topic, IntegrationEvent event) {
		EventEnvelope envelope = this.json.envelope(event, Instant.now(), null);
		redeliver(topic, envelope);
		return envelope;
	}

	/** Sends an envelope again, as Kafka does after a consumer failed to commit. */
	void redeliver(String topic, EventEnvelope envelope) {
		try {
			this.kafka.send(topic, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<OrderLine> lines() {
		return List.of(new OrderLine(UUID.randomUUID(), "Masala Shikanji", 1, new BigDecimal("100.00"),
				new BigDecimal("100.00"), null, List.of()));
	}

	private static OrderAmounts amounts(String total) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new OrderAmounts(new BigDecimal(total), zero, zero, zero, zero, new BigDecimal(total));
	}

}
