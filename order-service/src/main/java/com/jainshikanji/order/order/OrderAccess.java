package com.jainshikanji.order.order;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.StoreDuty;

/**
 * Whose order a request may reach, decided per order: its customer reads it and may
 * cancel it early; the staff of its store run it, and those whose job allows it reject it
 * ({@link StoreDuty#CANCEL_ORDERS}) and say who delivers it
 * ({@link StoreDuty#ASSIGN_DELIVERIES}); admins do anything. To everyone else the order
 * does not exist (404), so order ids reveal nothing; its own customer asking to run it,
 * or staff asking for a duty their job does not allow, are told no (403).
 */
@Component
class OrderAccess {

	Relation relationOf(AuthenticatedUser user, Order order) {
		if (user.isAdmin()) {
			return Relation.ADMIN;
		}
		if (user.worksAt(order.storeId())) {
			return Relation.STORE_STAFF;
		}
		if (user.id().equals(order.customerId())) {
			return Relation.CUSTOMER;
		}
		return Relation.STRANGER;
	}

	/** The order, if the user may see it; otherwise it does not exist. */
	Order visible(Order order, AuthenticatedUser user) {
		if (relationOf(user, order) == Relation.STRANGER) {
			throw new OrderNotFound(order.id());
		}
		return order;
	}

	/** Refuses unless the user runs the order's store (or is an admin). */
	Relation requireOperator(Order order, AuthenticatedUser user) {
		Relation relation = relationOf(user, visible(order, user));
		if (relation == Relation.CUSTOMER) {
			throw new AccessDeniedException("Only the store's staff run an order");
		}
		return relation;
	}

	/**
	 * Refuses unless the user may reject the order for its store: an admin, or staff
	 * whose job there allows cancelling orders.
	 */
	void requireRejecter(Order order, AuthenticatedUser user) {
		requireOperator(order, user);
		StoreDuty.CANCEL_ORDERS.requireOf(user, order.storeId());
	}

	/**
	 * Refuses unless the user may say who delivers the order: an admin, or staff whose
	 * job there is dispatching, never a rider choosing their own orders.
	 */
	void requireDispatcher(Order order, AuthenticatedUser user) {
		requireOperator(order, user);
		StoreDuty.ASSIGN_DELIVERIES.requireOf(user, order.storeId());
	}

	/**
	 * In what capacity the user cancels the order: its customer as the customer, anyone
	 * else as the store rejecting it (refused unless {@link #requireRejecter allowed}).
	 * Staff who ordered at their own store cancel their order as its customer, by the
	 * customer's rules and recorded as the customer's cancellation, not as the store's
	 * rejection their job might not even allow.
	 */
	Relation requireCanceller(Order order, AuthenticatedUser user) {
		Relation relation = relationOf(user, visible(order, user));
		if (relation == Relation.CUSTOMER
				|| (relation == Relation.STORE_STAFF && user.id().equals(order.customerId()))) {
			return Relation.CUSTOMER;
		}
		requireRejecter(order, user);
		return relation;
	}

	/**
	 * Refuses unless the user is the given customer or an admin (not found otherwise).
	 */
	void requireSelfOrAdmin(UUID customerId, AuthenticatedUser user) {
		if (!user.isSelfOrAdmin(customerId)) {
			throw new CustomerNotFound(customerId);
		}
	}

	/** Refuses unless the user is staff of the store or an admin. */
	void requireStoreStaff(UUID storeId, AuthenticatedUser user) {
		if (!user.isAdmin() && !user.worksAt(storeId)) {
			throw new AccessDeniedException("You do not work at store " + storeId);
		}
	}

	enum Relation {

		CUSTOMER, STORE_STAFF, ADMIN, STRANGER

	}

}
