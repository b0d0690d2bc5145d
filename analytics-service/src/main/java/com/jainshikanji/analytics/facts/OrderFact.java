package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;

/**
 * What analytics knows of one order, completed by whichever of its events arrives, in
 * whatever order. Every event merges in the same way however often and in whatever
 * sequence it comes: what all events agree on (store, customer, lines, amounts) is taken
 * from the first that names it (OrderCreated's word is final); moments keep the earliest
 * seen; the status follows the highest sequence; refunds are a set keyed by refund id. So
 * a cancellation that arrives before its creation still ends cancelled, and a creation
 * that arrives last still fixes the day the order counts on.
 *
 * <p>
 * Only refunds of the payment that paid for the order ({@link OrderConfirmed} names it)
 * are kept: a second payment for an order already paid is refunded by the payment service
 * while the order stays paid by the first, so its refund gives back money that never paid
 * for the order. A refund seen before the confirmation is kept until the confirmation
 * names another payment ({@link RefundFact#countsAgainst}), so the refunds kept are the
 * same in any order.
 *
 * <p>
 * Likewise the amount paid is that of the payment that paid: a duplicate or late capture
 * completing later does not overwrite it. The payments that completed are kept until the
 * confirmation names the one that paid ({@link PaymentFact#mayHavePaid}); until then, and
 * for cash on delivery (whose confirmation names none), the first to complete counts.
 *
 * <p>
 * The {@link #outcome() outcome} is what the figures count: cancelled once any event says
 * so (cancellation is final), otherwise delivered (delivered unpaid when its
 * {@link OrderDelivered} says the cash on delivery was not collected), otherwise
 * confirmed once any event shows it was, otherwise pending.
 */
@Entity
@Table(name = "order_facts")
class OrderFact {

	/** Statuses an order only reaches once confirmed. */
	private static final Set<String> CONFIRMED_OR_LATER = Set.of("confirmed", "preparing", "ready", "out_for_delivery",
			"delivered");

	private static final Set<String> CANCELLED_OR_LATER = Set.of("cancelled", "refunded");

	/** The payment method of cash on delivery, as the order events name it. */
	private static final String CASH_ON_DELIVERY = "cod";

	@Id
	private UUID orderId;

	private @Nullable String orderNumber;

	private @Nullable UUID storeId;

	private @Nullable UUID customerId;

	private @Nullable String deliveryType;

	private @Nullable String paymentMethod;

	private @Nullable Instant placedAt;

	private boolean placedAtKnown;

	private @Nullable Instant confirmedAt;

	private @Nullable Instant deliveredAt;

	/**
	 * Whether its delivery said the cash on delivery was not collected: only
	 * {@link OrderDelivered} tells, so it is kept apart from the moment of delivery,
	 * which status changes tell too.
	 */
	private boolean cashUncollected;

	private @Nullable Instant cancelledAt;

	private @Nullable String cancelledBy;

	private @Nullable String status;

	private long statusSequence = -1;

	@Enumerated(EnumType.STRING)
	private OrderOutcome outcome = OrderOutcome.PENDING;

	@Embedded
	private @Nullable Amounts amounts;

	/** The payment that paid for the order, as its confirmation names it. */
	private @Nullable UUID paidBy;

	/** What the payment that paid for the order paid. */
	private @Nullable BigDecimal paidAmount;

	private @Nullable Instant paidAt;

	private int failedPayments;

	@ElementCollection
	@CollectionTable(name = "order_fact_lines", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "line_no")
	private List<LineFact> lines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "order_fact_refunds", joinColumns = @JoinColumn(name = "order_id"))
	private Set<RefundFact> refunds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "order_fact_payments", joinColumns = @JoinColumn(name = "order_id"))
	private Set<PaymentFact> payments = new HashSet<>();

	@Column(updatable = false, insertable = false)
	private String origin = "events";

	@Version
	private long version;

	private Instant updatedAt;

	protected OrderFact() {
		// for JPA
		this.orderId = new UUID(0, 0);
		this.updatedAt = Instant.EPOCH;
	}

	OrderFact(UUID orderId, Instant now) {
		this.orderId = orderId;
		this.updatedAt = now;
	}

	void on(OrderCreated created) {
		identify(created.orderNumber(), created.storeId(), created.customerId());
		this.deliveryType = created.deliveryType();
		this.paymentMethod = created.paymentMethod();
		// The creation is the only event that says when the order was placed.
		this.placedAt = created.placedAt();
		this.placedAtKnown = true;
		this.amounts = Amounts.of(created.amounts());
		this.lines = LineFact.of(created.lines());
		if (CONFIRMED_OR_LATER.contains(created.status())) {
			confirmedAt(created.placedAt());
		}
		decide();
	}

	void on(OrderConfirmed confirmed) {
		identify(confirmed.orderNumber(), confirmed.storeId(), confirmed.customerId());
		this.paymentMethod = firstOf(this.paymentMethod, confirmed.paymentMethod());
		this.paidBy = firstOf(this.paidBy, confirmed.paymentId());
		this.refunds.removeIf((refund) -> !refund.countsAgainst(this.paidBy));
		if (this.payments.removeIf((payment) -> !payment.mayHavePaid(this.paidBy)) || !this.payments.isEmpty()) {
			paid();
		}
		content(confirmed.lines(), confirmed.amounts());
		seen(confirmed.confirmedAt());
		confirmedAt(confirmed.confirmedAt());
		decide();
	}

	void on(OrderStatusChanged changed) {
		identify(changed.orderNumber(), changed.storeId(), changed.customerId());
		seen(changed.changedAt());
		if (changed.sequence() > this.statusSequence) {
			this.status = changed.to();
			this.statusSequence = changed.sequence();
		}
		if (CONFIRMED_OR_LATER.contains(changed.to())) {
			confirmedAt(changed.changedAt());
		}
		if ("delivered".equals(changed.to())) {
			this.deliveredAt = earliest(this.deliveredAt, changed.changedAt());
		}
		if (CANCELLED_OR_LATER.contains(changed.to())) {
			this.cancelledAt = earliest(this.cancelledAt, changed.changedAt());
		}
		decide();
	}

	void on(OrderCancelled cancelled) {
		identify(cancelled.orderNumber(), cancelled.storeId(), cancelled.customerId());
		content(cancelled.lines(), cancelled.amounts());
		seen(cancelled.cancelledAt());
		this.cancelledAt = earliest(this.cancelledAt, cancelled.cancelledAt());
		this.cancelledBy = cancelled.cancelledBy();
		if (CONFIRMED_OR_LATER.contains(cancelled.previousStatus())) {
			confirmedAt(cancelled.cancelledAt());
		}
		decide();
	}

	void on(OrderDelivered delivered) {
		identify(delivered.orderNumber(), delivered.storeId(), delivered.customerId());
		this.deliveryType = firstOf(this.deliveryType, delivered.deliveryType());
		this.paymentMethod = firstOf(this.paymentMethod, delivered.paymentMethod());
		content(delivered.lines(), delivered.amounts());
		seen(delivered.deliveredAt());
		confirmedAt(delivered.deliveredAt());
		this.deliveredAt = earliest(this.deliveredAt, delivered.deliveredAt());
		this.cashUncollected = cashUncollected(delivered);
		decide();
	}

	void on(PaymentCompleted completed) {
		this.paymentMethod = firstOf(this.paymentMethod, completed.method());
		PaymentFact payment = new PaymentFact(completed.paymentId(), completed.amount(), completed.completedAt());
		if (payment.mayHavePaid(this.paidBy)
				&& this.payments.stream().noneMatch((known) -> known.paymentId().equals(payment.paymentId()))) {
			this.payments.add(payment);
			paid();
		}
	}

	/** Counted by the caller once per event (the inbox keeps redeliveries out). */
	void on(PaymentFailed failed) {
		this.failedPayments++;
	}

	void on(RefundProcessed processed) {
		RefundFact refund = new RefundFact(processed.refundId(), processed.paymentId(), processed.amount(),
				processed.processedAt());
		if (refund.countsAgainst(this.paidBy)
				&& this.refunds.stream().noneMatch((known) -> known.refundId().equals(refund.refundId()))) {
			this.refunds.add(refund);
		}
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	private void identify(String orderNumber, UUID storeId, UUID customerId) {
		this.orderNumber = firstOf(this.orderNumber, orderNumber);
		this.storeId = firstOf(this.storeId, storeId);
		this.customerId = firstOf(this.customerId, customerId);
	}

	private void content(List<OrderLine> lines, OrderAmounts amounts) {
		if (this.amounts == null) {
			this.amounts = Amounts.of(amounts);
		}
		if (this.lines.isEmpty()) {
			this.lines = LineFact.of(lines);
		}
	}

	/**
	 * Until the creation arrives, the order counts on the earliest moment any of its
	 * events names.
	 */
	private void seen(Instant moment) {
		if (!this.placedAtKnown) {
			this.placedAt = earliest(this.placedAt, moment);
		}
	}

	private void confirmedAt(Instant moment) {
		this.confirmedAt = earliest(this.confirmedAt, moment);
	}

	/**
	 * What was paid, and when, by the payment that paid: the only one kept once the
	 * confirmation named it, else the first to complete. Called when the payments kept
	 * change, so a fact from before payments were kept (it has none) keeps what it had.
	 */
	private void paid() {
		PaymentFact paying = this.payments.stream()
			.min(Comparator.comparing(PaymentFact::completedAt).thenComparing(PaymentFact::paymentId))
			.orElse(null);
		this.paidAmount = (paying != null) ? paying.amount() : null;
		this.paidAt = (paying != null) ? paying.completedAt() : null;
	}

	private void decide() {
		if (this.cancelledAt != null) {
			this.outcome = OrderOutcome.CANCELLED;
		}
		else if (this.deliveredAt != null) {
			this.outcome = this.cashUncollected ? OrderOutcome.DELIVERED_UNPAID : OrderOutcome.DELIVERED;
		}
		else if (this.confirmedAt != null) {
			this.outcome = OrderOutcome.CONFIRMED;
		}
		else {
			this.outcome = OrderOutcome.PENDING;
		}
	}

	/**
	 * Whether the order was handed over with cash to collect and none collected. The
	 * order service sends {@code cashCollected} false for every order paid online, and
	 * for cash orders with nothing to pay (coupons and points paid it all), so only a
	 * cash order with a total says anything by it.
	 */
	private static boolean cashUncollected(OrderDelivered delivered) {
		return CASH_ON_DELIVERY.equals(delivered.paymentMethod()) && !delivered.cashCollected()
				&& delivered.amounts().total().signum() > 0;
	}

	private static <T> @Nullable T firstOf(@Nullable T known, @Nullable T offered) {
		return (known != null) ? known : offered;
	}

	private static Instant earliest(@Nullable Instant known, Instant offered) {
		return (known == null || offered.isBefore(known)) ? offered : known;
	}

	UUID orderId() {
		return this.orderId;
	}

	@Nullable UUID storeId() {
		return this.storeId;
	}

	@Nullable UUID customerId() {
		return this.customerId;
	}

	@Nullable Instant placedAt() {
		return this.placedAt;
	}

	boolean placedAtKnown() {
		return this.placedAtKnown;
	}

	OrderOutcome outcome() {
		return this.outcome;
	}

	/** Whether the figures count it as a sale: confirmed and not cancelled. */
	boolean isSale() {
		return this.outcome.isSale();
	}

	@Nullable String status() {
		return this.status;
	}

	@Nullable String paymentMethod() {
		return this.paymentMethod;
	}

	@Nullable String deliveryType() {
		return this.deliveryType;
	}

	@Nullable Amounts amounts() {
		return this.amounts;
	}

	List<LineFact> lines() {
		return List.copyOf(this.lines);
	}

	@Nullable UUID paidBy() {
		return this.paidBy;
	}

	@Nullable BigDecimal paidAmount() {
		return this.paidAmount;
	}

	@Nullable Instant paidAt() {
		return this.paidAt;
	}

	int failedPayments() {
		return this.failedPayments;
	}

	/**
	 * All money of this order given back so far: refunds of the payment that paid for it,
	 * not of other payments.
	 */
	BigDecimal refunded() {
		return this.refunds.stream().map(RefundFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof OrderFact fact && this.orderId.equals(fact.orderId));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.orderId);
	}

}
