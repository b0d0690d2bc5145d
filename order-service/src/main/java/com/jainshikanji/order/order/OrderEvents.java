package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.order.RefundRequested;
import com.jainshikanji.common.money.Money;

/**
 * The order's integration events (contracts in common-lib), built from its state at the
 * moment of the change. Each carries what loyalty, notification, analytics and review
 * need without calling back.
 */
final class OrderEvents {

	private OrderEvents() {
	}

	static OrderCreated created(Order order, Instant now) {
		CustomerSnapshot customer = order.customer();
		return new OrderCreated(order.id(), order.orderNumber(), customer.id(), customer.name(), customer.email(),
				customer.phone(), order.storeId(), order.deliveryType().code(), order.paymentMethod().code(),
				order.status().code(), lines(order), order.amounts().toEvent(), now, order.paymentDueBy(),
				order.scheduledFor(), order.estimatedAt());
	}

	static OrderConfirmed confirmed(Order order, Instant now) {
		return new OrderConfirmed(order.id(), order.orderNumber(), order.customerId(), order.storeId(),
				order.paymentMethod().code(), order.paymentId(), lines(order), order.amounts().toEvent(), now,
				order.scheduledFor(), order.estimatedAt());
	}

	static OrderStatusChanged statusChanged(Order order, OrderStatus from, @Nullable String note, Instant now) {
		return new OrderStatusChanged(order.id(), order.orderNumber(), order.customerId(), order.storeId(), from.code(),
				order.status().code(), note, order.statusSequence(), now);
	}

	static OrderCancelled cancelled(Order order, OrderStatus from, Instant now) {
		return new OrderCancelled(order.id(), order.orderNumber(), order.customerId(), order.storeId(), from.code(),
				order.cancelledBy(), order.cancellationReason(), lines(order), order.amounts().toEvent(), now);
	}

	static OrderDelivered delivered(Order order, boolean cashCollected, Instant now) {
		return new OrderDelivered(order.id(), order.orderNumber(), order.customerId(), order.storeId(),
				order.deliveryType().code(), order.paymentMethod().code(), cashCollected, lines(order),
				order.amounts().toEvent(), now);
	}

	static RefundRequested refundRequested(Order order, UUID paymentId, Money amount, String reason, Instant now) {
		return new RefundRequested(order.id(), order.orderNumber(), order.customerId(), paymentId, amount.amount(),
				reason, now);
	}

	private static List<OrderLine> lines(Order order) {
		return order.items().stream().map(OrderItem::toEvent).toList();
	}

}
