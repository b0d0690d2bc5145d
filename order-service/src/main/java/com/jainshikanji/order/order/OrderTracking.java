package com.jainshikanji.order.order;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * What the tracking feature may ask about orders: who may follow one, who may move it on
 * the map.
 */
@Service
public class OrderTracking {

	private final Orders orders;

	private final OrderAccess access;

	OrderTracking(Orders orders, OrderAccess access) {
		this.orders = orders;
		this.access = access;
	}

	/**
	 * The order, if the user may see it (its customer, its store's staff, admins).
	 * @throws RuntimeException 404 when the user may not see it
	 */
	@Transactional(readOnly = true)
	public TrackedOrder followedBy(UUID orderId, AuthenticatedUser user) {
		return TrackedOrder.of(this.access.visible(load(orderId), user));
	}

	/**
	 * The order, if the user is its delivery person and it is out for delivery; locked
	 * until the caller's transaction ends, so it cannot be delivered meanwhile.
	 * @throws RuntimeException 404 when the user may not see it, 403 when it is not
	 * theirs to deliver, 409 before it is out for delivery and once it is finished
	 */
	@Transactional
	public TrackedOrder deliveredBy(UUID orderId, AuthenticatedUser user) {
		Order order = this.access.visible(this.orders.lockById(orderId).orElseThrow(() -> new OrderNotFound(orderId)),
				user);
		order.requireTrackableBy(user.id());
		return TrackedOrder.of(order);
	}

	private Order load(UUID orderId) {
		return this.orders.findById(orderId).orElseThrow(() -> new OrderNotFound(orderId));
	}

}
