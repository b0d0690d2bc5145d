package com.jainshikanji.inventory.reservation;

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
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.inventory.reservation.StockReservations.OrderOutcome;

/**
 * The order service's side of the stock: a confirmed order sells its reserved stock, a
 * cancelled one gives it back (released if still held, returned if already sold). Each
 * event is applied once; both are keyed by order, so an order's events arrive in order,
 * and a retried one is harmless anyway because the reservation remembers where it stands.
 */
@Component
class OrderEventsListener {

	static final String CONSUMER = "inventory-service.orders";

	private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final StockReservations reservations;

	OrderEventsListener(ProcessedEvents processedEvents, EventJson json, StockReservations reservations) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.reservations = reservations;
	}

	@KafkaListener(topics = Topics.ORDER)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(OrderConfirmed.class, OrderCancelled.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(OrderConfirmed.class)) {
			OrderConfirmed confirmed = this.json.payload(event, OrderConfirmed.class);
			OrderOutcome outcome = this.reservations.orderConfirmed(confirmed.orderId());
			if (outcome == OrderOutcome.RESERVATION_LAPSED || outcome == OrderOutcome.NO_RESERVATION) {
				log.error("Order {} ({}) was confirmed but has no stock held ({}): the store must check it by hand",
						confirmed.orderNumber(), confirmed.orderId(), outcome);
			}
		}
		else if (event.is(OrderCancelled.class)) {
			OrderCancelled cancelled = this.json.payload(event, OrderCancelled.class);
			log.debug("Order {} cancelled: stock {}", cancelled.orderNumber(),
					this.reservations.orderCancelled(cancelled.orderId()));
		}
	}

}
