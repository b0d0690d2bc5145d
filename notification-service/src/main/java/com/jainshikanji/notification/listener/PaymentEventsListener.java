package com.jainshikanji.notification.listener;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.directory.Recipients;
import com.jainshikanji.notification.directory.StoreDirectory;
import com.jainshikanji.notification.dispatch.Dispatcher;
import com.jainshikanji.notification.dispatch.Notice;
import com.jainshikanji.notification.kind.NotificationKind;
import com.jainshikanji.notification.order.OrderBook;
import com.jainshikanji.notification.order.OrderView;
import com.jainshikanji.notification.order.Progress;

/**
 * Money news, each event once: a failed payment (unless the order is over already; its
 * cancellation, which follows, is then not announced again) and each refund, with how it
 * went back. Events keyed by order whose order is not known yet fail and are retried from
 * the retry topic.
 */
@Component
class PaymentEventsListener {

	static final String CONSUMER = "notification-service.payments";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final OrderBook orders;

	private final Recipients recipients;

	private final StoreDirectory stores;

	private final Dispatcher dispatcher;

	PaymentEventsListener(ProcessedEvents processedEvents, EventJson json, OrderBook orders, Recipients recipients,
			StoreDirectory stores, Dispatcher dispatcher) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.orders = orders;
		this.recipients = recipients;
		this.stores = stores;
		this.dispatcher = dispatcher;
	}

	@KafkaListener(topics = Topics.PAYMENT)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(PaymentFailed.class, RefundProcessed.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(PaymentFailed.class)) {
			PaymentFailed failed = this.json.payload(event, PaymentFailed.class);
			Progress progress = this.orders.paymentFailed(failed.orderId());
			if (progress.tell()) {
				notify(event, NotificationKind.PAYMENT_FAILED, progress.order(),
						OrderVariables
							.of(progress.order(), this.stores.store(progress.order().storeId()), event.occurredAt())
							.with("reason", failed.reason())
							.with("amount", Formats.rupees(failed.amount()))
							.toMap());
			}
		}
		else if (event.is(RefundProcessed.class)) {
			RefundProcessed refund = this.json.payload(event, RefundProcessed.class);
			OrderView order = this.orders.known(refund.orderId());
			notify(event, NotificationKind.REFUND_PROCESSED, order,
					OrderVariables.of(order, this.stores.store(order.storeId()), event.occurredAt())
						.with("amount", Formats.rupees(refund.amount()))
						.with("totalRefunded", Formats.rupees(refund.totalRefunded()))
						.with("fullyRefunded", refund.fullyRefunded())
						.with("refundMethod", refundMethod(refund, order).name())
						.toMap());
		}
	}

	/**
	 * How the refund went back, as it says; but a cash-on-delivery order's refunds are
	 * always cash (no provider ever held that money), which the events published before
	 * they said how, read as refunds through the provider, leave out.
	 */
	private static RefundProcessed.Method refundMethod(RefundProcessed refund, OrderView order) {
		boolean paidInCash = "cod".equalsIgnoreCase(order.paymentMethod());
		return (paidInCash && refund.method() == RefundProcessed.Method.ORIGINAL_METHOD) ? RefundProcessed.Method.CASH
				: refund.method();
	}

	private void notify(EventEnvelope event, NotificationKind kind, OrderView order,
			Map<String, @Nullable Object> variables) {
		Contact known = this.recipients.contact(order.customerId());
		Contact contact = new Contact(order.contact().email(), order.contact().phone(), known.firstName()).orElse(known)
			.orElse(order.contact());
		variables.put("firstName", contact.firstName());
		this.dispatcher.dispatch(new Notice(event.eventId(), kind, order.customerId(), contact, variables,
				Map.of("orderId", order.orderId().toString())));
	}

}
