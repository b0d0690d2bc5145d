package com.jainshikanji.order.payment;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.order.order.OrderPayments;

/**
 * The payment service's news about orders: captured payments confirm them (or are
 * refunded), failed ones cancel them, refunds complete cancelled ones. Each event is
 * applied once (the inbox record commits with its effect); a different event telling the
 * same thing again (a repeated capture) is harmless too, because the order decides from
 * its own state.
 */
@Component
class PaymentEventsListener {

	static final String CONSUMER = "order-service.payments";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final OrderPayments payments;

	PaymentEventsListener(ProcessedEvents processedEvents, EventJson json, OrderPayments payments) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.payments = payments;
	}

	@KafkaListener(topics = Topics.PAYMENT)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(PaymentCompleted.class, PaymentFailed.class, RefundProcessed.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(PaymentCompleted.class)) {
			PaymentCompleted completed = this.json.payload(event, PaymentCompleted.class);
			this.payments.paymentCompleted(completed.orderId(), completed.paymentId(), completed.amount());
		}
		else if (event.is(PaymentFailed.class)) {
			PaymentFailed failed = this.json.payload(event, PaymentFailed.class);
			this.payments.paymentFailed(failed.orderId(), failed.reason());
		}
		else if (event.is(RefundProcessed.class)) {
			RefundProcessed refund = this.json.payload(event, RefundProcessed.class);
			this.payments.refundProcessed(refund.orderId(), refund.paymentId(), refund.fullyRefunded());
		}
	}

}
