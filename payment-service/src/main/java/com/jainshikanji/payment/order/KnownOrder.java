package com.jainshikanji.payment.order;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * An order as the order service announced it on the order topic. Its events can arrive
 * out of order (a failed one is retried while later ones go ahead), so an order may first
 * be known from its cancellation and completed by its creation later; its state only
 * moves forward.
 */
@Entity
@Table(name = "known_orders")
class KnownOrder {

	@Id
	private UUID orderId;

	private String orderNumber;

	private UUID customerId;

	private UUID storeId;

	private @Nullable String paymentMethod;

	private Money total;

	@Enumerated(EnumType.STRING)
	private OrderState status;

	private @Nullable Instant placedAt;

	private @Nullable Instant paymentDueBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected KnownOrder() {
	}

	private KnownOrder(UUID orderId, String orderNumber, UUID customerId, UUID storeId, Money total, OrderState status,
			Instant now) {
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.customerId = customerId;
		this.storeId = storeId;
		this.total = total;
		this.status = status;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** An order learned from its creation. */
	static KnownOrder placed(Placement placement, Instant now) {
		KnownOrder order = new KnownOrder(placement.orderId(), placement.orderNumber(), placement.customerId(),
				placement.storeId(), placement.total(), placement.status(), now);
		order.describe(placement);
		return order;
	}

	/** An order first learned from its cancellation; its creation may still come. */
	static KnownOrder cancelledBeforeKnown(UUID orderId, String orderNumber, UUID customerId, UUID storeId, Money total,
			Instant now) {
		return new KnownOrder(orderId, orderNumber, customerId, storeId, total, OrderState.CANCELLED, now);
	}

	/**
	 * Completes what a late creation event says; the state stays where later events put
	 * it.
	 */
	void completeWith(Placement placement, Instant now) {
		describe(placement);
		this.updatedAt = now;
	}

	/**
	 * Moves the order forward.
	 * @return whether it moved; an event older than the state already known changes
	 * nothing
	 */
	boolean moveTo(OrderState next, Instant now) {
		if (!this.status.mayBecome(next)) {
			return false;
		}
		this.status = next;
		this.updatedAt = now;
		return true;
	}

	private void describe(Placement placement) {
		this.paymentMethod = placement.paymentMethod();
		this.placedAt = placement.placedAt();
		this.paymentDueBy = placement.paymentDueBy();
	}

	OrderView view() {
		return new OrderView(this.orderId, this.orderNumber, this.customerId, this.storeId, this.paymentMethod,
				this.total, this.status, this.paymentDueBy);
	}

	/**
	 * What an order's creation says.
	 *
	 * @param status pending (online) or confirmed (cash on delivery)
	 */
	record Placement(UUID orderId, String orderNumber, UUID customerId, UUID storeId, String paymentMethod, Money total,
			OrderState status, Instant placedAt, @Nullable Instant paymentDueBy) {
	}

}
