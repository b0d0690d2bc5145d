package com.jainshikanji.order.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.order.DeliveryLocationUpdated;
import com.jainshikanji.common.messaging.outbox.EventOutbox;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.order.order.OrderStatus;
import com.jainshikanji.order.order.OrderTracking;
import com.jainshikanji.order.order.TrackedOrder;

/**
 * The delivery person's trail: recorded only from the person the order is assigned to,
 * while it is out for delivery, and published (DeliveryLocationUpdated) so every
 * instance's live streams, and notifications, hear of it. Where the rider was before
 * taking the order out is never recorded, published nor shown.
 */
@Service
class DeliveryTracking {

	/** A trail longer than this is of no use to a customer watching a map. */
	private static final int HISTORY = 100;

	private final OrderTracking orders;

	private final TrackingPoints points;

	private final EventOutbox outbox;

	private final Clock clock;

	DeliveryTracking(OrderTracking orders, TrackingPoints points, EventOutbox outbox, Clock clock) {
		this.orders = orders;
		this.points = points;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	TrackingPointResponse record(UUID orderId, Location location, AuthenticatedUser user) {
		TrackedOrder order = this.orders.deliveredBy(orderId, user);
		Instant now = this.clock.instant();
		TrackingPoint point = this.points.save(new TrackingPoint(orderId, location, order.status(), user.id(), now));
		this.outbox.append(new DeliveryLocationUpdated(order.id(), order.orderNumber(), order.customerId(),
				order.storeId(), location.latitude(), location.longitude(), location.message(), now));
		return point.toResponse();
	}

	/**
	 * The latest locations recorded while the order was out for delivery, newest first.
	 * Points recorded earlier (taken while an order was still at the store, before that
	 * was refused) stay stored but are not shown.
	 */
	@Transactional(readOnly = true)
	List<TrackingPointResponse> trail(UUID orderId, AuthenticatedUser user) {
		this.orders.followedBy(orderId, user);
		return this.points
			.findByOrderIdAndStatusOrderByCreatedAtDesc(orderId, OrderStatus.OUT_FOR_DELIVERY, Limit.of(HISTORY))
			.stream()
			.map(TrackingPoint::toResponse)
			.toList();
	}

}
