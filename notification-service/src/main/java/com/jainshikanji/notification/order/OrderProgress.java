package com.jainshikanji.notification.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.notification.directory.Contact;

/**
 * An order as notifications follow it: what it is (from whichever of its events came
 * first) and the stage its customer was last told of. Retried events arrive out of order;
 * the stage only moves forward, so a late "preparing" after "delivered" tells nobody
 * anything, and a cancellation after a payment failure is not announced twice.
 */
@Entity
@Table(name = "orders")
class OrderProgress implements Persistable<UUID> {

	@Id
	private UUID orderId;

	/**
	 * Whether the row exists. The orderId is set before it does, so Spring Data cannot
	 * tell a new order from a stored one by its orderId, and would merge a new one: a
	 * SELECT before every INSERT.
	 */
	@Transient
	private boolean stored;

	private @Nullable String orderNumber;

	private UUID customerId;

	private @Nullable UUID storeId;

	private @Nullable String customerEmail;

	private @Nullable String customerPhone;

	private @Nullable String customerName;

	private @Nullable String deliveryType;

	private @Nullable String paymentMethod;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<OrderLine> lines = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private @Nullable OrderAmounts amounts;

	private @Nullable Instant estimatedAt;

	@Enumerated(EnumType.STRING)
	private OrderStage stage;

	private boolean placementSeen;

	private boolean paymentFailed;

	private Instant updatedAt;

	protected OrderProgress() {
	}

	@Override
	public UUID getId() {
		return this.orderId;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.stored = true;
	}

	OrderProgress(OrderFacts facts, Instant now) {
		this.orderId = facts.orderId();
		this.customerId = facts.customerId();
		this.stage = OrderStage.NONE;
		this.updatedAt = now;
		learn(facts, now);
	}

	/** Takes whatever the event tells that was not known, or is more precise. */
	void learn(OrderFacts facts, Instant now) {
		this.orderNumber = (facts.orderNumber() != null) ? facts.orderNumber() : this.orderNumber;
		this.storeId = (facts.storeId() != null) ? facts.storeId() : this.storeId;
		if (facts.contact() != null) {
			this.customerEmail = (facts.contact().email() != null) ? facts.contact().email() : this.customerEmail;
			this.customerPhone = (facts.contact().phone() != null) ? facts.contact().phone() : this.customerPhone;
			this.customerName = (facts.contact().firstName() != null) ? facts.contact().firstName() : this.customerName;
		}
		this.deliveryType = (facts.deliveryType() != null) ? facts.deliveryType() : this.deliveryType;
		this.paymentMethod = (facts.paymentMethod() != null) ? facts.paymentMethod() : this.paymentMethod;
		if (facts.lines() != null && !facts.lines().isEmpty()) {
			this.lines = new ArrayList<>(facts.lines());
		}
		this.amounts = (facts.amounts() != null) ? facts.amounts() : this.amounts;
		this.estimatedAt = (facts.estimatedAt() != null) ? facts.estimatedAt() : this.estimatedAt;
		this.updatedAt = now;
	}

	/**
	 * The placement was seen: an order waiting for its payment is announced; one
	 * confirmed at once is announced by its confirmation instead.
	 * @return whether to tell the customer it was placed
	 */
	boolean placed(boolean awaitingPayment) {
		this.placementSeen = true;
		return awaitingPayment && reach(OrderStage.PLACED);
	}

	/**
	 * The order moved forward.
	 * @return whether to tell the customer: a stage later than any they were told of, and
	 * none after a final one
	 */
	boolean reach(OrderStage next) {
		if (next == OrderStage.NONE || next == OrderStage.CANCELLED) {
			throw new IllegalArgumentException("Not a step forward: " + next);
		}
		if (this.stage.isFinal() || !this.stage.isBefore(next)) {
			return false;
		}
		this.stage = next;
		return true;
	}

	/**
	 * The order was cancelled.
	 * @return whether to tell the customer: not if it was over already, nor if they were
	 * just told that its payment failed (which is why it was cancelled)
	 */
	boolean cancel() {
		if (this.stage.isFinal()) {
			return false;
		}
		boolean toldOfPaymentFailure = this.paymentFailed && this.stage.isBefore(OrderStage.CONFIRMED);
		this.stage = OrderStage.CANCELLED;
		return !toldOfPaymentFailure;
	}

	/**
	 * Its online payment failed.
	 * @return whether to tell the customer: not once the order is over (cancelled, which
	 * they were told, or delivered)
	 */
	boolean paymentFailed() {
		if (this.stage.isFinal() || this.paymentFailed) {
			return false;
		}
		this.paymentFailed = true;
		return true;
	}

	OrderView view() {
		return new OrderView(this.orderId, this.orderNumber, this.customerId, this.storeId,
				new Contact(this.customerEmail, this.customerPhone, this.customerName), this.deliveryType,
				this.paymentMethod, List.copyOf(this.lines), this.amounts, this.estimatedAt, this.stage,
				this.placementSeen);
	}

	OrderStage stage() {
		return this.stage;
	}

}
