package com.jainshikanji.order.order;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Reading orders: a customer's own, one order with its timeline, a store's queue. Every
 * read goes through {@link OrderAccess}.
 */
@Service
class OrderQueries {

	private final Orders orders;

	private final OrderAccess access;

	OrderQueries(Orders orders, OrderAccess access) {
		this.orders = orders;
		this.access = access;
	}

	/** A customer's orders, newest first. */
	@Transactional(readOnly = true)
	OrderPageResponse ofCustomer(UUID customerId, OrderQuery query, AuthenticatedUser user) {
		this.access.requireSelfOrAdmin(customerId, user);
		return OrderPageResponse.of(this.orders.findOfCustomer(customerId, query.anyStatus(), query.statuses(),
				query.fromOrEarliest(), query.toOrLatest(), query.newestFirst()));
	}

	/** A store's orders, oldest first: the kitchen works from the top. */
	@Transactional(readOnly = true)
	OrderPageResponse atStore(UUID storeId, OrderQuery query, AuthenticatedUser user) {
		this.access.requireStoreStaff(storeId, user);
		return OrderPageResponse.of(this.orders.findAtStore(storeId, query.anyStatus(), query.statuses(),
				query.fromOrEarliest(), query.toOrLatest(), query.oldestFirst()));
	}

	@Transactional(readOnly = true)
	OrderResponse order(UUID orderId, AuthenticatedUser user) {
		return visible(orderId, user).toResponse();
	}

	@Transactional(readOnly = true)
	List<TimelineResponse> timeline(UUID orderId, AuthenticatedUser user) {
		return visible(orderId, user).timeline().stream().map(TimelineEntry::toResponse).toList();
	}

	private Order visible(UUID orderId, AuthenticatedUser user) {
		return this.access.visible(this.orders.findById(orderId).orElseThrow(() -> new OrderNotFound(orderId)), user);
	}

}
