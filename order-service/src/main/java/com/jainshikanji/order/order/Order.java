package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.money.Money;

import static com.jainshikanji.order.order.OrderStatus.CANCELLED;
import static com.jainshikanji.order.order.OrderStatus.CONFIRMED;
import static com.jainshikanji.order.order.OrderStatus.DELIVERED;
import static com.jainshikanji.order.order.OrderStatus.OUT_FOR_DELIVERY;
import static com.jainshikanji.order.order.OrderStatus.PENDING;
import static com.jainshikanji.order.order.OrderStatus.PREPARING;
import static com.jainshikanji.order.order.OrderStatus.READY;
import static com.jainshikanji.order.order.OrderStatus.REFUNDED;

/**
 * An order, from placement until it is delivered, cancelled or refunded: its items and
 * amounts (frozen when placed), its status and payment status, and its timeline.
 *
 * <p>
 * Every change is a method that refuses what the lifecycle does not allow
 * ({@link IllegalOrderTransition} naming both statuses), writes a timeline entry (who,
 * when, note) and registers the events it causes; saving the order through {@link Orders}
 * publishes them to the outbox in the same transaction. The order service's events tell
 * the rest of the platform everything: inventory commits the stock on
 * {@code OrderConfirmed} and gives it back on {@code OrderCancelled}; the payment service
 * refunds on {@code RefundRequested}.
 *
 * <p>
 * Payment events can arrive twice, late, or out of order; the methods that take them
 * decide from the order's own state whether they still mean anything, so a redelivered
 * {@code PaymentCompleted} has no second effect, a failure after a success changes
 * nothing, and a payment that arrives after the order was cancelled is refunded rather
 * than confirming it.
 */
@Entity
@Table(name = "orders")
class Order extends AbstractAggregateRoot<Order> {

	/**
	 * The longest reason kept: the columns' and the payment service's refund reason's.
	 */
	static final int MAX_REASON = 500;

	/** What a customer may still cancel: nothing has been prepared yet. */
	private static final Set<OrderStatus> CUSTOMER_CANCELLABLE = EnumSet.of(PENDING, CONFIRMED);

	/** What the store may still reject: until it leaves the store. */
	private static final Set<OrderStatus> STORE_CANCELLABLE = EnumSet.of(PENDING, CONFIRMED, PREPARING, READY);

	/** While a delivery person may be (re)assigned: accepted, not yet delivered. */
	private static final Set<OrderStatus> ASSIGNABLE = EnumSet.of(CONFIRMED, PREPARING, READY, OUT_FOR_DELIVERY);

	@Id
	private UUID id;

	private String orderNumber;

	@Embedded
	private CustomerSnapshot customer;

	private UUID storeId;

	private OrderStatus status;

	/** Counts status changes; carried by every OrderStatusChanged as its sequence. */
	private long statusSequence;

	private PaymentStatus paymentStatus;

	private PaymentMethod paymentMethod;

	private @Nullable UUID paymentId;

	private @Nullable Instant paymentDueBy;

	private @Nullable UUID reservationId;

	@Embedded
	private OrderAmounts amounts;

	/** The coupon the loyalty service applied, if any. */
	private @Nullable String couponCode;

	private int loyaltyPointsRedeemed;

	@JdbcTypeCode(SqlTypes.JSON)
	private @Nullable DeliveryAddress deliveryAddress;

	private DeliveryType deliveryType;

	private @Nullable BigDecimal deliveryLatitude;

	private @Nullable BigDecimal deliveryLongitude;

	@Column(name = "estimated_delivery_time")
	private @Nullable Instant estimatedAt;

	@Column(name = "scheduled_delivery_time")
	private @Nullable Instant scheduledFor;

	private @Nullable Instant acceptedAt;

	private @Nullable Instant preparingAt;

	private @Nullable Instant readyAt;

	private @Nullable Instant dispatchedAt;

	private @Nullable Instant deliveredAt;

	private @Nullable Instant cancelledAt;

	private @Nullable Instant refundedAt;

	private @Nullable UUID deliveryPersonId;

	private @Nullable String specialInstructions;

	private @Nullable String cancellationReason;

	private @Nullable String cancelledBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id", nullable = false, updatable = false)
	@OrderBy("lineNumber")
	private List<OrderItem> items = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id", nullable = false, updatable = false)
	@OrderBy("createdAt")
	private List<TimelineEntry> timeline = new ArrayList<>();

	protected Order() {
	}

	private Order(NewOrder order, Instant now) {
		this.id = order.id();
		this.orderNumber = order.orderNumber();
		this.customer = order.customer();
		this.storeId = order.storeId();
		this.paymentMethod = order.paymentMethod();
		this.deliveryType = order.deliveryType();
		this.deliveryAddress = order.address();
		if (order.address() != null) {
			this.deliveryLatitude = order.address().latitude();
			this.deliveryLongitude = order.address().longitude();
		}
		this.reservationId = order.reservationId();
		this.specialInstructions = order.specialInstructions();
		this.scheduledFor = order.scheduledFor();
		for (PricedItem item : order.items()) {
			this.items.add(new OrderItem(this.items.size() + 1, item, now));
		}
		this.amounts = OrderAmounts.of(PricedItem.subtotalOf(order.items()), order.deliveryFee(),
				order.discounts().discount(), order.discounts().loyaltyDiscount(), order.taxRate());
		this.couponCode = order.discounts().couponCode();
		this.loyaltyPointsRedeemed = order.discounts().pointsRedeemed();
		if (order.estimatedMinutes() != null) {
			Instant start = (order.scheduledFor() != null && order.scheduledFor().isAfter(now)) ? order.scheduledFor()
					: now;
			this.estimatedAt = start.plus(Duration.ofMinutes(order.estimatedMinutes()));
		}
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new order. Paid online, it waits {@code paymentWindow} for its payment
	 * ({@code pending}); cash on delivery, it is confirmed at once with its payment still
	 * to come; with nothing to pay (a reward's coupon or points paid for all of it), it
	 * is confirmed at once and paid, whatever the payment method. Either way its stock is
	 * already reserved.
	 * @param minimumOnlinePayment the least the payment provider takes
	 * @throws OnlinePaymentTooSmall when an online order has something to pay, but less
	 * than the provider takes
	 */
	static Order place(NewOrder details, Duration paymentWindow, Money minimumOnlinePayment, Instant now) {
		Order order = new Order(details, now);
		boolean paidOnline = details.paymentMethod().online() && !order.amounts.nothingToPay();
		if (paidOnline && !order.amounts.total().isAtLeast(minimumOnlinePayment)) {
			throw new OnlinePaymentTooSmall(order.amounts.total(), minimumOnlinePayment);
		}
		order.paymentStatus = PaymentStatus.PENDING;
		Actor customer = Actor.customer(details.customer().id(), details.customer().name());
		if (paidOnline) {
			order.status = PENDING;
			order.paymentDueBy = now.plus(paymentWindow);
			order.timeline.add(new TimelineEntry(PENDING, "Order placed; awaiting payment", customer, now));
			order.registerEvent(OrderEvents.created(order, now));
		}
		else {
			if (order.amounts.nothingToPay()) {
				// No payment will ever come: the provider takes no zero amount, and there
				// is no cash to collect.
				order.paymentStatus = PaymentStatus.COMPLETED;
			}
			order.status = CONFIRMED;
			order.acceptedAt = now;
			order.timeline.add(new TimelineEntry(CONFIRMED,
					order.amounts.nothingToPay() ? "Order placed; nothing to pay" : "Order placed; cash on delivery",
					customer, now));
			order.registerEvent(OrderEvents.created(order, now));
			order.registerEvent(OrderEvents.confirmed(order, now));
		}
		return order;
	}

	/**
	 * Moves the order one step along its lifecycle, as the store works on it: confirmed,
	 * preparing, ready, out for delivery (delivery orders only), delivered.
	 * @param cashCollected for a cash-on-delivery order marked delivered: whether the
	 * cash came in (required then, ignored otherwise)
	 * @param preparationLead how long before a scheduled order's time the store may start
	 * preparing it; every later step follows preparing, so none comes earlier either
	 * @throws IllegalOrderTransition unless {@code target} is the next step
	 * @throws ScheduledOrderNotDue when a scheduled order is to be prepared too early
	 * @throws DeliveryPersonRequired when a delivery order goes out with no rider
	 * @throws CashCollectionUnstated when a cash-on-delivery order is delivered without
	 * saying whether the cash was collected
	 */
	void advance(OrderStatus target, Actor actor, @Nullable String note, @Nullable Boolean cashCollected,
			Duration preparationLead, Instant now) {
		OrderStatus next = nextStep();
		if (target != next) {
			throw new IllegalOrderTransition(this.orderNumber, this.status, target,
					(next != null) ? "the next step is " + next
							: "it is " + (this.status.isFinal() ? "final" : "waiting for its payment"));
		}
		if (target == PREPARING && this.scheduledFor != null) {
			Instant startsFrom = this.scheduledFor.minus(preparationLead);
			if (now.isBefore(startsFrom)) {
				throw new ScheduledOrderNotDue(this.orderNumber, this.scheduledFor, startsFrom);
			}
		}
		if (target == OUT_FOR_DELIVERY && this.deliveryPersonId == null) {
			throw new DeliveryPersonRequired(this.orderNumber);
		}
		boolean cashOnDelivery = this.paymentMethod == PaymentMethod.COD && !this.amounts.nothingToPay();
		if (target == DELIVERED && cashOnDelivery && cashCollected == null) {
			throw new CashCollectionUnstated(this.orderNumber);
		}
		OrderStatus from = moveTo(target, actor, note, now);
		switch (target) {
			case PREPARING -> this.preparingAt = now;
			case READY -> this.readyAt = now;
			case OUT_FOR_DELIVERY -> this.dispatchedAt = now;
			case DELIVERED -> {
				this.deliveredAt = now;
				if (cashOnDelivery && this.paymentStatus == PaymentStatus.PENDING) {
					this.paymentStatus = Boolean.TRUE.equals(cashCollected) ? PaymentStatus.COMPLETED
							: PaymentStatus.FAILED;
				}
			}
			default -> throw new IllegalStateException("No step leads to " + target);
		}
		registerEvent(OrderEvents.statusChanged(this, from, note, now));
		if (target == DELIVERED) {
			registerEvent(OrderEvents.delivered(this, cashOnDelivery && Boolean.TRUE.equals(cashCollected), now));
		}
	}

	/**
	 * The status the store moves the order to next, or {@code null} if it moves no
	 * further by hand.
	 */
	@Nullable OrderStatus nextStep() {
		return switch (this.status) {
			case CONFIRMED -> PREPARING;
			case PREPARING -> READY;
			case READY -> this.deliveryType.toAddress() ? OUT_FOR_DELIVERY : DELIVERED;
			case OUT_FOR_DELIVERY -> DELIVERED;
			case PENDING, DELIVERED, CANCELLED, REFUNDED -> null;
		};
	}

	/**
	 * The customer cancels: only before the store starts on it (pending or confirmed).
	 * Money already paid is refunded.
	 * @throws IllegalOrderTransition once the store has started on it, or the order is
	 * final (a second tap on cancel, say)
	 */
	void cancelByCustomer(Actor customer, String reason, Instant now) {
		if (!CUSTOMER_CANCELLABLE.contains(this.status)) {
			throw new IllegalOrderTransition(this.orderNumber, this.status, CANCELLED,
					this.status.isFinal() ? "it is final" : "the store has started on it; ask the store");
		}
		cancel(customer, reason, now);
	}

	/**
	 * The store rejects (cancels) the order: at any point until it leaves the store.
	 * Money already paid is refunded.
	 * @throws IllegalOrderTransition once it is out for delivery or finished
	 */
	void reject(Actor operator, String reason, Instant now) {
		if (!STORE_CANCELLABLE.contains(this.status)) {
			throw new IllegalOrderTransition(this.orderNumber, this.status, CANCELLED,
					this.status.isFinal() ? "it is final" : "it has left the store");
		}
		cancel(operator, reason, now);
	}

	/**
	 * The payment service captured a payment for this order. One that completes after the
	 * order was cancelled (its payment status {@code cancelled}) was taken after all: the
	 * order shows it completed until the refund it asks for gives it back.
	 * @return what the payment did to the order
	 */
	PaymentOutcome recordPayment(PaymentReceipt payment, Instant now) {
		if (payment.paymentId().equals(this.paymentId)) {
			return PaymentOutcome.ALREADY_RECORDED;
		}
		if (this.paymentMethod == PaymentMethod.COD && this.paymentId == null && this.status != CANCELLED
				&& payment.amount().equals(this.amounts.total())) {
			// The order's own cash payment reaching the payment service's books. Staff
			// marking the order delivered with the cash collected already made it paid
			// here (the payment service books the cash only on OrderDelivered), so this
			// is the same money, never a second payment to refund.
			this.paymentId = payment.paymentId();
			this.paymentStatus = PaymentStatus.COMPLETED;
			this.updatedAt = now;
			return PaymentOutcome.RECORDED;
		}
		if (this.paymentStatus == PaymentStatus.COMPLETED || this.paymentStatus == PaymentStatus.REFUNDED) {
			registerEvent(OrderEvents.refundRequested(this, payment.paymentId(), payment.amount(),
					"Order " + this.orderNumber + " was already paid by payment " + this.paymentId, now));
			return PaymentOutcome.DUPLICATE_REFUNDED;
		}
		if (!payment.amount().equals(this.amounts.total())) {
			registerEvent(OrderEvents.refundRequested(this, payment.paymentId(), payment.amount(),
					"Paid " + payment.amount() + " but order " + this.orderNumber + " costs " + this.amounts.total(),
					now));
			return PaymentOutcome.WRONG_AMOUNT_REFUNDED;
		}
		this.paymentId = payment.paymentId();
		this.paymentStatus = PaymentStatus.COMPLETED;
		if (this.status == PENDING) {
			this.acceptedAt = now;
			OrderStatus from = moveTo(CONFIRMED, Actor.system(), "Payment received", now);
			registerEvent(OrderEvents.statusChanged(this, from, "Payment received", now));
			registerEvent(OrderEvents.confirmed(this, now));
			return PaymentOutcome.CONFIRMED;
		}
		if (this.status == CANCELLED) {
			String note = "Payment received after the order was cancelled; refund requested";
			note(note, Actor.system(), now);
			registerEvent(OrderEvents.refundRequested(this, payment.paymentId(), payment.amount(),
					"Order " + this.orderNumber + " was cancelled before its payment completed", now));
			return PaymentOutcome.REFUND_REQUESTED;
		}
		// An order already under way with no payment recorded yet: the money is
		// recorded against it rather than lost.
		this.updatedAt = now;
		return PaymentOutcome.RECORDED;
	}

	/**
	 * The payment service gave up on the payment: a pending order is cancelled (its stock
	 * goes back). An order already confirmed or cancelled is left alone; a later
	 * {@code PaymentFailed} never undoes an earlier success.
	 * @return whether the order was cancelled
	 */
	boolean paymentFailed(String reason, Instant now) {
		if (this.status != PENDING || this.paymentStatus != PaymentStatus.PENDING) {
			return false;
		}
		this.paymentStatus = PaymentStatus.FAILED;
		cancel(Actor.system(), "Payment failed: " + reason, now);
		return true;
	}

	/**
	 * Cancels a pending order whose payment window closed without a payment.
	 * @return whether it was cancelled
	 */
	boolean expireUnpaid(Instant now) {
		if (this.status != PENDING || this.paymentDueBy == null || now.isBefore(this.paymentDueBy)) {
			return false;
		}
		cancel(Actor.system(), "Not paid in time", now);
		return true;
	}

	/**
	 * The payment service refunded money of this order. Once all of the order's own
	 * payment is back, a cancelled order becomes refunded. Refunds of another payment (a
	 * duplicate) and partial refunds change nothing.
	 * @return whether the order changed
	 */
	boolean refunded(UUID paymentId, boolean fully, Instant now) {
		if (!fully || !paymentId.equals(this.paymentId) || this.paymentStatus != PaymentStatus.COMPLETED) {
			return false;
		}
		this.paymentStatus = PaymentStatus.REFUNDED;
		this.refundedAt = now;
		if (this.status == CANCELLED) {
			OrderStatus from = moveTo(REFUNDED, Actor.system(), "Payment refunded", now);
			registerEvent(OrderEvents.statusChanged(this, from, "Payment refunded", now));
		}
		else {
			this.updatedAt = now;
		}
		return true;
	}

	/**
	 * Gives a delivery order to a delivery person of its store (who must be checked to be
	 * one by the caller), or to another one.
	 * @return who had it before, if anyone
	 * @throws DeliveryAssignmentRefused for pickup and dine-in orders, before payment and
	 * once finished
	 */
	@Nullable UUID assignDeliveryPerson(UUID userId, Instant now) {
		if (!this.deliveryType.toAddress()) {
			throw new DeliveryAssignmentRefused(
					"Order " + this.orderNumber + " is " + this.deliveryType + ": nobody delivers it");
		}
		if (!ASSIGNABLE.contains(this.status)) {
			throw new DeliveryAssignmentRefused(
					"Order " + this.orderNumber + " is " + this.status + ": it cannot be given to a delivery person");
		}
		UUID previous = this.deliveryPersonId;
		this.deliveryPersonId = userId;
		this.updatedAt = now;
		return previous;
	}

	/**
	 * Refuses a location update unless it comes from the order's delivery person while
	 * the order is out for delivery. Where riders are before they take the order out
	 * (assigned while it is still cooking, say) is their own business.
	 * @throws NotAssignedToYou unless the user delivers it
	 * @throws TrackingClosed before it is out for delivery, and once it is finished
	 */
	void requireTrackableBy(UUID userId) {
		if (!userId.equals(this.deliveryPersonId)) {
			throw new NotAssignedToYou(this.orderNumber);
		}
		if (this.status != OUT_FOR_DELIVERY) {
			throw ASSIGNABLE.contains(this.status) ? TrackingClosed.notYet(this.orderNumber, this.status)
					: TrackingClosed.over(this.orderNumber, this.status);
		}
	}

	/**
	 * Every cancellation ends here. Money already taken goes back (a refund is asked
	 * for); money still to come (cash on delivery, an online payment not made yet) never
	 * will, so the order no longer shows it as pending. A failed payment stays failed.
	 */
	private void cancel(Actor actor, String why, Instant now) {
		String reason = fitted(why);
		OrderStatus from = moveTo(CANCELLED, actor, reason, now);
		this.cancelledAt = now;
		this.cancellationReason = reason;
		this.cancelledBy = actor.role().cancelledBy();
		this.paymentDueBy = null;
		if (this.paymentStatus == PaymentStatus.PENDING) {
			this.paymentStatus = PaymentStatus.CANCELLED;
		}
		registerEvent(OrderEvents.statusChanged(this, from, reason, now));
		registerEvent(OrderEvents.cancelled(this, from, now));
		if (refundDue()) {
			registerEvent(OrderEvents.refundRequested(this, this.paymentId, this.amounts.total(),
					fitted("Order " + this.orderNumber + " was cancelled: " + reason), now));
		}
		else if (this.paymentStatus == PaymentStatus.REFUNDED) {
			// Staff gave all the money back before the cancellation: the order ends
			// where a refund after it would have taken it.
			OrderStatus cancelled = moveTo(REFUNDED, Actor.system(), "Payment refunded", now);
			registerEvent(OrderEvents.statusChanged(this, cancelled, "Payment refunded", now));
		}
	}

	/**
	 * A reason as the order, its timeline and its events' readers keep it: at most
	 * {@value #MAX_REASON} characters. A customer's reason may be that long before a
	 * prefix is added, and a payment's failure is the provider's text: cut, with an
	 * ellipsis, rather than failing the cancellation (or the refund it asks for).
	 */
	static String fitted(String reason) {
		if (reason.length() <= MAX_REASON) {
			return reason;
		}
		int end = MAX_REASON - 1;
		if (Character.isHighSurrogate(reason.charAt(end - 1))) {
			end--;
		}
		return reason.substring(0, end) + "…";
	}

	/**
	 * Whether a cancellation gives money back: a payment was taken (an order with nothing
	 * to pay is paid without one).
	 */
	boolean refundDue() {
		return this.paymentStatus == PaymentStatus.COMPLETED && this.paymentId != null;
	}

	/** Moves to a new status with its timeline entry; returns where it came from. */
	private OrderStatus moveTo(OrderStatus target, Actor actor, @Nullable String note, Instant now) {
		OrderStatus from = this.status;
		this.status = target;
		this.statusSequence++;
		this.updatedAt = now;
		this.timeline.add(new TimelineEntry(target, note, actor, now));
		return from;
	}

	/** A timeline entry that keeps the status, for something the customer should see. */
	private void note(String note, Actor actor, Instant now) {
		this.updatedAt = now;
		this.timeline.add(new TimelineEntry(this.status, note, actor, now));
	}

	UUID id() {
		return this.id;
	}

	String orderNumber() {
		return this.orderNumber;
	}

	CustomerSnapshot customer() {
		return this.customer;
	}

	UUID customerId() {
		return this.customer.id();
	}

	UUID storeId() {
		return this.storeId;
	}

	OrderStatus status() {
		return this.status;
	}

	long statusSequence() {
		return this.statusSequence;
	}

	PaymentStatus paymentStatus() {
		return this.paymentStatus;
	}

	PaymentMethod paymentMethod() {
		return this.paymentMethod;
	}

	@Nullable UUID paymentId() {
		return this.paymentId;
	}

	@Nullable Instant paymentDueBy() {
		return this.paymentDueBy;
	}

	@Nullable Instant scheduledFor() {
		return this.scheduledFor;
	}

	/** When the store expects it ready (pickup, dine-in) or delivered, if it said. */
	@Nullable Instant estimatedAt() {
		return this.estimatedAt;
	}

	DeliveryType deliveryType() {
		return this.deliveryType;
	}

	OrderAmounts amounts() {
		return this.amounts;
	}

	@Nullable UUID deliveryPersonId() {
		return this.deliveryPersonId;
	}

	@Nullable String cancellationReason() {
		return this.cancellationReason;
	}

	@Nullable String cancelledBy() {
		return this.cancelledBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	List<OrderItem> items() {
		return List.copyOf(this.items);
	}

	List<TimelineEntry> timeline() {
		return List.copyOf(this.timeline);
	}

	/**
	 * The events registered and not yet published; saving the order through its
	 * repository publishes them (to the outbox) and clears them.
	 */
	Collection<Object> events() {
		return domainEvents();
	}

	OrderResponse toResponse() {
		return new OrderResponse(this.id, this.orderNumber, this.status, this.paymentStatus, this.paymentMethod,
				this.deliveryType, this.storeId,
				new OrderResponse.Customer(this.customer.id(), this.customer.name(), this.customer.email(),
						this.customer.phone()),
				this.items.stream().map(OrderItem::toResponse).toList(), OrderResponse.Amounts.of(this.amounts),
				this.deliveryAddress, this.specialInstructions, this.scheduledFor, this.estimatedAt, this.paymentDueBy,
				this.deliveryPersonId, this.cancellationReason, this.cancelledBy, this.createdAt, this.acceptedAt,
				this.preparingAt, this.readyAt, this.dispatchedAt, this.deliveredAt, this.cancelledAt, this.refundedAt,
				this.updatedAt);
	}

	OrderSummaryResponse toSummary() {
		return new OrderSummaryResponse(this.id, this.orderNumber, this.status, this.paymentStatus, this.paymentMethod,
				this.deliveryType, this.storeId, this.customer.id(), this.items.size(), this.amounts.total().amount(),
				this.scheduledFor, this.estimatedAt, this.createdAt, this.updatedAt);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Order order && Objects.equals(this.id, order.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

	/**
	 * What a captured payment did to the order.
	 */
	enum PaymentOutcome {

		/** A pending order was confirmed. */
		CONFIRMED,

		/** This payment was seen before; nothing changed. */
		ALREADY_RECORDED,

		/** The order was cancelled already: the payment is kept and refunded. */
		REFUND_REQUESTED,

		/** The order was already paid by another payment, which is refunded. */
		DUPLICATE_REFUNDED,

		/**
		 * The amount differs from the order's total; it is refunded, the order unchanged.
		 */
		WRONG_AMOUNT_REFUNDED,

		/** A cash-on-delivery order's payment was recorded. */
		RECORDED

	}

	/**
	 * A captured payment as the order sees it.
	 *
	 * @param amount how much was captured
	 */
	record PaymentReceipt(UUID paymentId, Money amount) {
	}

}
