package com.jainshikanji.notification.listener;

import java.util.Map;

import org.jspecify.annotations.Nullable;

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
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.directory.Recipients;
import com.jainshikanji.notification.directory.StoreDirectory;
import com.jainshikanji.notification.dispatch.Dispatcher;
import com.jainshikanji.notification.dispatch.Notice;
import com.jainshikanji.notification.kind.NotificationKind;
import com.jainshikanji.notification.order.OrderBook;
import com.jainshikanji.notification.order.OrderFacts;
import com.jainshikanji.notification.order.OrderNotYetKnown;
import com.jainshikanji.notification.order.OrderStage;
import com.jainshikanji.notification.order.OrderView;
import com.jainshikanji.notification.order.Progress;

/**
 * An order's life, told to its customer, each event once (the inbox record commits with
 * the notifications it queues):
 * <ul>
 * <li>{@link OrderCreated}: "placed, waiting for your payment" for online orders (a
 * cash-on-delivery order is confirmed at once, and its confirmation says it all);
 * <li>{@link OrderConfirmed}: confirmed, with the receipt and when to expect it;
 * <li>{@link OrderStatusChanged} to preparing, ready or out for delivery;
 * <li>{@link OrderDelivered} and {@link OrderCancelled}.
 * </ul>
 * Stages only move forward (see {@code OrderProgress}), so retried events arriving out of
 * order tell nobody anything twice or backwards. An event of an order that arrives before
 * its placement and whose customer cannot be reached otherwise fails, and is retried from
 * the retry topic once the placement is in.
 */
@Component
class OrderEventsListener {

	static final String CONSUMER = "notification-service.orders";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final OrderBook orders;

	private final Recipients recipients;

	private final StoreDirectory stores;

	private final Dispatcher dispatcher;

	OrderEventsListener(ProcessedEvents processedEvents, EventJson json, OrderBook orders, Recipients recipients,
			StoreDirectory stores, Dispatcher dispatcher) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.orders = orders;
		this.recipients = recipients;
		this.stores = stores;
		this.dispatcher = dispatcher;
	}

	@KafkaListener(topics = Topics.ORDER)
	@Transactional
	void on(EventEnvelope event) {
		// Events the customer is not told about (a courier's location, a refund asked
		// for, a status change told from its own event) are not even recorded.
		if (event.is(OrderStatusChanged.class)) {
			OrderStatusChanged changed = this.json.payload(event, OrderStatusChanged.class);
			NotificationKind kind = kindOf(changed);
			if (kind != null && this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
				changed(event, changed, kind);
			}
			return;
		}
		if (!event.isOneOf(OrderCreated.class, OrderConfirmed.class, OrderDelivered.class, OrderCancelled.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(OrderCreated.class)) {
			created(event, this.json.payload(event, OrderCreated.class));
		}
		else if (event.is(OrderConfirmed.class)) {
			OrderConfirmed confirmed = this.json.payload(event, OrderConfirmed.class);
			OrderFacts facts = OrderFacts
				.of(confirmed.orderId(), confirmed.orderNumber(), confirmed.customerId(), confirmed.storeId())
				.withPaymentMethod(confirmed.paymentMethod())
				.withLines(confirmed.lines(), confirmed.amounts())
				.withEstimate(confirmed.estimatedAt());
			Progress progress = this.orders.reached(facts, OrderStage.CONFIRMED);
			if (progress.tell()) {
				notify(event, NotificationKind.ORDER_CONFIRMED, progress.order(),
						variables(event, progress.order()).etaOrUsualPreparation().toMap());
			}
		}
		else if (event.is(OrderDelivered.class)) {
			OrderDelivered delivered = this.json.payload(event, OrderDelivered.class);
			OrderFacts facts = OrderFacts
				.of(delivered.orderId(), delivered.orderNumber(), delivered.customerId(), delivered.storeId())
				.withDeliveryType(delivered.deliveryType())
				.withPaymentMethod(delivered.paymentMethod())
				.withLines(delivered.lines(), delivered.amounts());
			Progress progress = this.orders.reached(facts, OrderStage.DELIVERED);
			if (progress.tell()) {
				notify(event, NotificationKind.ORDER_DELIVERED, progress.order(),
						variables(event, progress.order()).toMap());
			}
		}
		else if (event.is(OrderCancelled.class)) {
			OrderCancelled cancelled = this.json.payload(event, OrderCancelled.class);
			OrderFacts facts = OrderFacts
				.of(cancelled.orderId(), cancelled.orderNumber(), cancelled.customerId(), cancelled.storeId())
				.withLines(cancelled.lines(), cancelled.amounts());
			Progress progress = this.orders.cancelled(facts);
			if (progress.tell()) {
				notify(event, NotificationKind.ORDER_CANCELLED, progress.order(),
						variables(event, progress.order()).with("reason", cancelled.reason()).toMap());
			}
		}
	}

	private void created(EventEnvelope event, OrderCreated created) {
		Contact asOrdered = new Contact(created.customerEmail(), created.customerPhone(),
				Formats.firstName(created.customerName()));
		this.recipients.learn(created.customerId(), asOrdered, event.occurredAt());
		boolean awaitingPayment = "pending".equalsIgnoreCase(created.status());
		OrderFacts facts = new OrderFacts(created.orderId(), created.orderNumber(), created.customerId(),
				created.storeId(), asOrdered, created.deliveryType(), created.paymentMethod(), created.lines(),
				created.amounts(), created.estimatedAt());
		Progress progress = this.orders.placed(facts, awaitingPayment);
		if (progress.tell()) {
			notify(event, NotificationKind.ORDER_PLACED, progress.order(),
					variables(event, progress.order()).with("awaitingPayment", true).toMap());
		}
	}

	private static @Nullable NotificationKind kindOf(OrderStatusChanged changed) {
		return switch (changed.to().toLowerCase(java.util.Locale.ROOT)) {
			case "preparing" -> NotificationKind.ORDER_PREPARING;
			case "ready" -> NotificationKind.ORDER_READY;
			case "out_for_delivery" -> NotificationKind.ORDER_OUT_FOR_DELIVERY;
			// Confirmation, delivery and cancellation are told from their own events,
			// which carry the order's lines and amounts.
			default -> null;
		};
	}

	private void changed(EventEnvelope event, OrderStatusChanged changed, NotificationKind kind) {
		OrderStage stage = OrderStage.ofStatus(changed.to()).orElseThrow();
		Progress progress = this.orders.reached(
				OrderFacts.of(changed.orderId(), changed.orderNumber(), changed.customerId(), changed.storeId()),
				stage);
		if (progress.tell()) {
			OrderVariables variables = variables(event, progress.order()).with("note", changed.note());
			if (stage == OrderStage.PREPARING) {
				variables.etaOrUsualPreparation();
			}
			notify(event, kind, progress.order(), variables.toMap());
		}
	}

	/** The order's data, its times as read on the day of the event. */
	private OrderVariables variables(EventEnvelope event, OrderView order) {
		return OrderVariables.of(order, this.stores.store(order.storeId()), event.occurredAt());
	}

	private void notify(EventEnvelope event, NotificationKind kind, OrderView order,
			Map<String, @Nullable Object> variables) {
		Contact known = this.recipients.contact(order.customerId());
		Contact contact = new Contact(order.contact().email(), order.contact().phone(), known.firstName()).orElse(known)
			.orElse(order.contact());
		if (!order.placementSeen() && contact.email() == null && contact.phone() == null) {
			throw new OrderNotYetKnown(order.orderId());
		}
		variables.put("firstName", contact.firstName());
		this.dispatcher.dispatch(new Notice(event.eventId(), kind, order.customerId(), contact, variables,
				Map.of("orderId", order.orderId().toString())));
	}

}
