package com.jainshikanji.order.order;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.order.order.OrderAccess.Relation;
import com.jainshikanji.order.staff.StaffRoster;

/**
 * Changing orders on request: the store moves them along, rejects them and gives them to
 * a delivery rider; a customer cancels theirs early. Each takes the order's lock, lets
 * the order decide, and saves it (publishing its events); what staff and admins do is
 * recorded in the audit log in the same transaction.
 */
@Service
class OrderOperations {

	private static final String ORDER = "order";

	private final Orders orders;

	private final OrderAccess access;

	private final StaffRoster staff;

	private final AuditLog audit;

	private final OrdersProperties properties;

	private final Clock clock;

	OrderOperations(Orders orders, OrderAccess access, StaffRoster staff, AuditLog audit, OrdersProperties properties,
			Clock clock) {
		this.orders = orders;
		this.access = access;
		this.staff = staff;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The store moves the order to its next status (a scheduled order no earlier than
	 * {@link OrdersProperties#preparationLead()} before its time), or rejects it
	 * ({@code cancelled}; only staff whose job allows it).
	 */
	@Transactional
	OrderResponse changeStatus(UUID orderId, StatusChange change, AuthenticatedUser user) {
		Order order = lock(orderId);
		if (change.status() == OrderStatus.CANCELLED) {
			this.access.requireRejecter(order, user);
			reject(order, (change.note() != null) ? change.note() : "Rejected by the store", user);
		}
		else {
			this.access.requireOperator(order, user);
			OrderStatus from = order.status();
			order.advance(change.status(), Actor.operator(user), change.note(), change.cashCollected(),
					this.properties.preparationLead(), this.clock.instant());
			this.audit.record(AuditEvent.of("order.status-changed", ORDER, orderId)
				.atStore(order.storeId())
				.with("orderNumber", order.orderNumber())
				.with("from", from.code())
				.with("to", order.status().code())
				.with("note", change.note())
				.with("cashCollected", (order.paymentMethod() == PaymentMethod.COD) ? change.cashCollected() : null));
		}
		return this.orders.save(order).toResponse();
	}

	/**
	 * Cancels the order: its customer (staff who ordered at their own store included)
	 * while the store has not started on it, the store until it leaves.
	 */
	@Transactional
	OrderResponse cancel(UUID orderId, String reason, AuthenticatedUser user) {
		Order order = lock(orderId);
		if (this.access.requireCanceller(order, user) == Relation.CUSTOMER) {
			order.cancelByCustomer(Actor.customer(user.id(), order.customer().name()), reason, this.clock.instant());
		}
		else {
			reject(order, reason, user);
		}
		return this.orders.save(order).toResponse();
	}

	/**
	 * Gives a delivery order to one of its store's delivery riders, as the store service
	 * last reported them (see {@link StaffRoster}); only staff whose job allows
	 * dispatching, so no rider takes orders for themselves.
	 */
	@Transactional
	OrderResponse assignDeliveryPerson(UUID orderId, UUID riderId, AuthenticatedUser user) {
		Order order = lock(orderId);
		this.access.requireDispatcher(order, user);
		if (!this.staff.works(riderId, order.storeId(), StaffRoster.DELIVERY)) {
			throw new NotDeliveryStaff(riderId, order.storeId());
		}
		UUID previous = order.assignDeliveryPerson(riderId, this.clock.instant());
		this.audit.record(AuditEvent.of("order.delivery-person-assigned", ORDER, orderId)
			.atStore(order.storeId())
			.with("orderNumber", order.orderNumber())
			.with("from", previous)
			.with("to", riderId));
		return this.orders.save(order).toResponse();
	}

	private void reject(Order order, String reason, AuthenticatedUser user) {
		OrderStatus from = order.status();
		Instant now = this.clock.instant();
		order.reject(Actor.operator(user), reason, now);
		this.audit.record(AuditEvent.of("order.rejected", ORDER, order.id())
			.atStore(order.storeId())
			.with("orderNumber", order.orderNumber())
			.with("from", from.code())
			.with("reason", reason)
			.with("refundRequested", order.refundDue()));
	}

	private Order lock(UUID orderId) {
		return this.orders.lockById(orderId).orElseThrow(() -> new OrderNotFound(orderId));
	}

}
