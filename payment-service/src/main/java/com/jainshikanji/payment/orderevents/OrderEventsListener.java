package com.jainshikanji.payment.orderevents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.RefundRequested;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.common.money.Money;
import com.jainshikanji.payment.checkout.OrderPayments;
import com.jainshikanji.payment.order.OrderBook;
import com.jainshikanji.payment.order.OrderState;
import com.jainshikanji.payment.order.OrderView;
import com.jainshikanji.payment.refund.RefundService;

/**
 * Keeps payments in step with their orders, each event once (the inbox record commits
 * with its effect):
 * <ul>
 * <li>{@link OrderCreated}: the order is remembered (who pays, how much, until when); a
 * cash-on-delivery order gets its cash payment, unless it costs nothing;
 * <li>{@link OrderCancelled}: a payment not yet paid can no longer be; money that still
 * arrives for it is refunded;
 * <li>{@link OrderDelivered} of a cash order: its payment completes when the cash was
 * collected, and fails (nothing announced, nothing to refund) when it was not;
 * <li>{@link RefundRequested}: the payment is refunded, once per payment whoever asks.
 * </ul>
 * An event that cannot be applied yet (a delivery before the creation arrived) fails and
 * is retried from the retry topic.
 */
@Component
class OrderEventsListener {

	static final String CONSUMER = "payment-service.orders";

	private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final OrderBook orders;

	private final OrderPayments payments;

	private final RefundService refunds;

	OrderEventsListener(ProcessedEvents processedEvents, EventJson json, OrderBook orders, OrderPayments payments,
			RefundService refunds) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.orders = orders;
		this.payments = payments;
		this.refunds = refunds;
	}

	@KafkaListener(topics = Topics.ORDER)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(OrderCreated.class, OrderConfirmed.class, OrderCancelled.class, OrderDelivered.class,
				RefundRequested.class) || !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(OrderCreated.class)) {
			OrderView order = this.orders.created(this.json.payload(event, OrderCreated.class));
			if (order.isCashOnDelivery() && !order.isCancelled()) {
				this.payments.openCashPayment(order);
			}
		}
		else if (event.is(OrderConfirmed.class)) {
			this.orders.moved(this.json.payload(event, OrderConfirmed.class).orderId(), OrderState.CONFIRMED);
		}
		else if (event.is(OrderCancelled.class)) {
			OrderCancelled cancelled = this.json.payload(event, OrderCancelled.class);
			this.orders.cancelled(cancelled);
			this.payments.orderCancelled(cancelled.orderId());
		}
		else if (event.is(OrderDelivered.class)) {
			delivered(this.json.payload(event, OrderDelivered.class));
		}
		else if (event.is(RefundRequested.class)) {
			RefundRequested requested = this.json.payload(event, RefundRequested.class);
			this.refunds.compensate(requested.paymentId(), Money.of(requested.amount()), requested.reason())
				.ifPresent((refund) -> log.info("Refund {} booked for payment {} as order {} asked", refund,
						requested.paymentId(), requested.orderId()));
		}
	}

	private void delivered(OrderDelivered delivered) {
		OrderView order = this.orders.moved(delivered.orderId(), OrderState.DELIVERED)
			.orElseThrow(() -> new IllegalStateException("Order " + delivered.orderId() + " is not known here yet"));
		if (!OrderView.CASH.equals(delivered.paymentMethod())) {
			return;
		}
		if (delivered.cashCollected()) {
			this.payments.cashCollected(order);
		}
		else {
			this.payments.cashNotCollected(order);
		}
	}

}
