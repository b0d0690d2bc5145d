package com.jainshikanji.payment.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.money.Money;
import com.jainshikanji.payment.order.OrderView;

/**
 * The payment of an order: online through Razorpay (one Razorpay order, settled by one
 * Razorpay payment), or cash on delivery. It only moves forward (see
 * {@link PaymentStatus}), and each move that others hear of happens once, however many
 * times the provider reports it: {@link PaymentCompleted} when it completes,
 * {@link PaymentFailed} when it fails, {@link RefundProcessed} for each refund the
 * provider confirms (or, for cash, the store hands back), saying how the money went back.
 *
 * <p>
 * Provider reports that come too late to move it (a failure after the capture, a capture
 * after it failed or was cancelled) change nothing here: a capture of a payment that
 * ended unpaid becomes a {@linkplain #lateCapture late capture} of its own, which is
 * refunded.
 *
 * <p>
 * Refunds are booked against the captured amount in two steps: reserved when asked for
 * (and released if the provider refuses), refunded when the provider confirms; neither
 * can exceed the amount captured. A refund the customer is owed that the provider refused
 * (a compensation, which nobody asked for by hand), or one it would refuse for being less
 * than it refunds, is kept as {@linkplain #refundOwed owed} until refunds give that much
 * back, or staff record that they gave it back outside the provider
 * ({@linkplain #settleOwedRefund settled}), so it waits visibly for staff instead of
 * being forgotten.
 */
@Entity
@Table(name = "payments")
class Payment extends AbstractAggregateRoot<Payment> {

	static final String RAZORPAY = "razorpay";

	static final String NO_PROVIDER = "none";

	static final String INR = "INR";

	/** Why a cash payment failed: the order was delivered without the cash. */
	static final String CASH_NOT_COLLECTED = "Cash not collected at delivery";

	/**
	 * The least Razorpay refunds (its sandbox refuses less too): a smaller refund would
	 * be booked, then refused. Cash is handed back by the store, in any amount.
	 */
	static final Money MINIMUM_ONLINE_REFUND = Money.of("1.00");

	@Id
	private UUID id;

	private UUID orderId;

	private UUID customerId;

	private UUID storeId;

	private String method;

	private String provider;

	private Money amount;

	private String currency;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	private @Nullable String providerOrderId;

	private @Nullable String providerPaymentId;

	private @Nullable String failureReason;

	private boolean lateCapture;

	private Money refundReserved;

	private Money amountRefunded;

	private Money refundOwed;

	/**
	 * When the refund owed was refused, so that only refunds asked for since then give it
	 * back: one asked for before it was already left out of what was refused.
	 */
	private @Nullable Instant refundOwedSince;

	private Instant initiatedAt;

	private @Nullable Instant processingAt;

	private @Nullable Instant completedAt;

	private @Nullable Instant failedAt;

	private @Nullable Instant cancelledAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Payment() {
	}

	private Payment(UUID id, UUID orderId, UUID customerId, UUID storeId, String method, String provider, Money amount,
			Instant now) {
		this.id = id;
		this.orderId = orderId;
		this.customerId = customerId;
		this.storeId = storeId;
		this.method = method;
		this.provider = provider;
		this.amount = amount;
		this.currency = INR;
		this.status = PaymentStatus.PENDING;
		this.refundReserved = Money.ZERO;
		this.amountRefunded = Money.ZERO;
		this.refundOwed = Money.ZERO;
		this.initiatedAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * An online payment of the order's total, waiting for the customer to pay the given
	 * Razorpay order.
	 */
	static Payment online(UUID id, OrderView order, String providerOrderId, Instant now) {
		if (order.paymentMethod() == null || order.isCashOnDelivery()) {
			throw new IllegalArgumentException("Order " + order.orderId() + " is not paid online");
		}
		Payment payment = new Payment(id, order.orderId(), order.customerId(), order.storeId(), order.paymentMethod(),
				RAZORPAY, order.total(), now);
		payment.providerOrderId = providerOrderId;
		return payment;
	}

	/** A cash payment of the order's total, collected at delivery; no provider. */
	static Payment cashOnDelivery(OrderView order, Instant now) {
		if (!order.isCashOnDelivery()) {
			throw new IllegalArgumentException("Order " + order.orderId() + " is not paid in cash");
		}
		if (order.costsNothing()) {
			throw new IllegalArgumentException("Order " + order.orderId() + " costs nothing: no cash to collect");
		}
		return new Payment(UUID.randomUUID(), order.orderId(), order.customerId(), order.storeId(), OrderView.CASH,
				NO_PROVIDER, order.total(), now);
	}

	/**
	 * Money captured for this payment's Razorpay order after the payment had failed or
	 * was cancelled, or captured a second time: recorded as a completed payment of its
	 * own, so it is announced and can be refunded.
	 */
	static Payment lateCapture(Payment original, Capture capture, Instant now) {
		Payment late = new Payment(UUID.randomUUID(), original.orderId, original.customerId, original.storeId,
				capture.method(), original.provider, capture.amount(), now);
		late.providerOrderId = original.providerOrderId;
		late.lateCapture = true;
		late.complete(capture.providerPaymentId(), capture.method(), now);
		return late;
	}

	/**
	 * Checkout reported a payment with a valid signature: its capture is being confirmed.
	 * @return whether it moved; a payment no longer pending stays as it is
	 * @throws IllegalPaymentTransition for a cash payment
	 */
	boolean startProcessing(String providerPaymentId, Instant now) {
		requireOnline("has no online checkout to verify");
		if (this.status != PaymentStatus.PENDING) {
			return false;
		}
		this.status = PaymentStatus.PROCESSING;
		this.providerPaymentId = providerPaymentId;
		this.processingAt = now;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The provider captured a payment of this Razorpay order.
	 * @return what it did: completed the payment, nothing (the same capture again), or
	 * nothing because the capture needs a payment of its own (this one ended unpaid, or
	 * was completed by another capture)
	 */
	CaptureOutcome capture(Capture capture, Instant now) {
		requireOnline("is not paid through a provider");
		if (this.status.isOpen()) {
			complete(capture.providerPaymentId(), capture.method(), now);
			return CaptureOutcome.COMPLETED;
		}
		if (this.status.isCaptured()) {
			return capture.providerPaymentId().equals(this.providerPaymentId) ? CaptureOutcome.ALREADY_CAPTURED
					: CaptureOutcome.NEEDS_LATE_CAPTURE;
		}
		return CaptureOutcome.NEEDS_LATE_CAPTURE;
	}

	/**
	 * The provider declined a payment of this Razorpay order.
	 * @param providerPaymentId the declined attempt
	 * @return whether it failed now; a failure never undoes a capture, nor fails a
	 * payment being processed for another attempt
	 */
	boolean fail(String providerPaymentId, String reason, Instant now) {
		requireOnline("is not paid through a provider");
		if (this.status == PaymentStatus.PROCESSING && !providerPaymentId.equals(this.providerPaymentId)) {
			return false;
		}
		if (!this.status.isOpen()) {
			return false;
		}
		this.status = PaymentStatus.FAILED;
		this.providerPaymentId = providerPaymentId;
		this.failureReason = reason;
		this.failedAt = now;
		this.updatedAt = now;
		registerEvent(new PaymentFailed(this.id, this.orderId, this.amount.amount(), reason, now));
		return true;
	}

	/**
	 * Its order was cancelled: a payment not yet paid can no longer be.
	 * @return whether it was cancelled now; a payment being processed or completed stays
	 * (money that arrives for a cancelled order is refunded, not refused)
	 */
	boolean cancel(Instant now) {
		if (this.status != PaymentStatus.PENDING) {
			return false;
		}
		this.status = PaymentStatus.CANCELLED;
		this.cancelledAt = now;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Staff collected the cash at delivery.
	 * @return whether it completed now; collecting again changes nothing
	 * @throws IllegalPaymentTransition for an online payment, or a cash payment that was
	 * cancelled
	 */
	boolean collectCash(Instant now) {
		requireCash();
		if (this.status.isCaptured()) {
			return false;
		}
		if (this.status != PaymentStatus.PENDING) {
			throw new IllegalPaymentTransition(this.id, "is " + this.status + " and cannot be collected");
		}
		complete(null, OrderView.CASH, now);
		return true;
	}

	/**
	 * The order was delivered without the cash being collected: the cash payment ends
	 * unpaid, as the order's own payment did. Not announced: the order service decided it
	 * and told everyone already ({@code OrderDelivered} without the cash), and a
	 * {@link PaymentFailed} would tell the customer a payment was declined and count as a
	 * failed online payment; there is nothing to refund.
	 * @return whether it failed now; a payment that ended already (collected, failed,
	 * cancelled) stays as it is
	 * @throws IllegalPaymentTransition for an online payment
	 */
	boolean cashNotCollected(Instant now) {
		requireCash();
		if (this.status != PaymentStatus.PENDING) {
			return false;
		}
		this.status = PaymentStatus.FAILED;
		this.failureReason = CASH_NOT_COLLECTED;
		this.failedAt = now;
		this.updatedAt = now;
		return true;
	}

	private void complete(@Nullable String providerPaymentId, String method, Instant now) {
		this.providerPaymentId = providerPaymentId;
		this.method = method;
		this.status = PaymentStatus.COMPLETED;
		this.completedAt = now;
		this.updatedAt = now;
		registerEvent(new PaymentCompleted(this.id, this.orderId, this.amount.amount(), this.method,
				this.providerPaymentId, now));
	}

	/** How much of the captured amount can still be refunded. */
	Money refundable() {
		if (!this.status.isCaptured()) {
			return Money.ZERO;
		}
		return Money.of(this.amount.amount().subtract(this.refundReserved.amount()));
	}

	/** What has not been refunded yet: never less than a refund owed. */
	private Money unrefunded() {
		return Money.of(this.amount.amount().subtract(this.amountRefunded.amount()));
	}

	/**
	 * Holds a refund against the captured amount until the provider settles it.
	 * @throws PaymentNotRefundable unless money was captured
	 * @throws RefundExceedsCaptured when it would take the refunds above the captured
	 * amount
	 * @throws RefundBelowMinimum when the provider would refuse so small a refund
	 */
	void reserveRefund(Money refund) {
		if (!this.status.isCaptured()) {
			throw new PaymentNotRefundable(this.id, this.status);
		}
		if (refundable().amount().signum() == 0) {
			throw new RefundExceedsCaptured(this.id, refund, refundable());
		}
		if (refund.amount().signum() <= 0) {
			throw new IllegalArgumentException("A refund must be more than zero");
		}
		if (refund.compareTo(refundable()) > 0) {
			throw new RefundExceedsCaptured(this.id, refund, refundable());
		}
		if (belowMinimumRefund(this.provider, refund)) {
			throw new RefundBelowMinimum(this.id, refund, MINIMUM_ONLINE_REFUND);
		}
		this.refundReserved = this.refundReserved.plus(refund);
	}

	/** Whether the provider would refuse a refund this small. */
	static boolean belowMinimumRefund(String provider, Money refund) {
		return RAZORPAY.equals(provider) && refund.compareTo(MINIMUM_ONLINE_REFUND) < 0;
	}

	/** The provider refused a reserved refund: its amount can be refunded again. */
	void releaseRefund(Money refund, Instant now) {
		BigDecimal left = this.refundReserved.amount().subtract(refund.amount());
		if (left.compareTo(this.amountRefunded.amount()) < 0) {
			throw new IllegalStateException("Payment " + this.id + " has no reserved refund of " + refund);
		}
		this.refundReserved = Money.of(left);
		this.updatedAt = now;
	}

	/**
	 * The provider refused a reserved refund the customer is owed: its amount can be
	 * refunded again, and is owed until refunds give it back. Refused twice, the same
	 * money is owed once.
	 */
	void owedRefundRefused(Money refund, Instant now) {
		releaseRefund(refund, now);
		owe(refund, now);
	}

	/**
	 * A refund the customer is owed (a compensation) is less than the provider refunds:
	 * never booked as a refund (the provider would only refuse it), it is owed until
	 * staff give it back outside the provider, so the money is not kept. Owed twice, the
	 * same money is owed once.
	 * @throws IllegalArgumentException when the provider would refund it: it is booked
	 * and sent instead
	 */
	void owedRefundBelowMinimum(Money refund, Instant now) {
		if (!this.status.isCaptured() || refund.amount().signum() <= 0 || refund.compareTo(refundable()) > 0) {
			throw new IllegalArgumentException("Payment " + this.id + " cannot owe " + refund + " of " + refundable()
					+ " refundable while " + this.status);
		}
		if (!belowMinimumRefund(this.provider, refund)) {
			throw new IllegalArgumentException("The provider refunds " + refund + ": book it as a refund");
		}
		owe(refund, now);
	}

	/** Owes the customer this much, never more than is left unrefunded. */
	private void owe(Money refund, Instant now) {
		Money owed = (refund.compareTo(unrefunded()) > 0) ? unrefunded() : refund;
		if (owed.compareTo(this.refundOwed) > 0) {
			if (this.refundOwedSince == null) {
				this.refundOwedSince = now;
			}
			this.refundOwed = owed;
			this.updatedAt = now;
		}
	}

	/**
	 * The provider confirmed a reserved refund, or the store handed a cash payment's
	 * refund back. A refund asked for since a refund owed was refused gives that much of
	 * it back; one asked for before it does not (what was refused was what those left).
	 * @param reservedAt when the refund was asked for
	 * @throws IllegalStateException when the refunds would exceed what was reserved
	 */
	void refunded(UUID refundId, Money refund, Instant reservedAt, Instant now) {
		// No provider ever held a cash payment's money: the store hands it back.
		RefundProcessed.Method method = RAZORPAY.equals(this.provider) ? RefundProcessed.Method.ORIGINAL_METHOD
				: RefundProcessed.Method.CASH;
		book(refundId, refund, this.refundOwedSince != null && !reservedAt.isBefore(this.refundOwedSince), method, now);
	}

	/**
	 * Staff gave back (part of) the refund owed outside the provider (a bank transfer,
	 * cash) and recorded it: booked as a refund reserved and confirmed at once, so it
	 * counts as money given back, lowers what is owed, and nothing refunds the same money
	 * again.
	 * @param asked rupees, or {@code null} for everything owed
	 * @param method how staff gave it back: {@code BANK_TRANSFER} or {@code CASH}
	 * @return what was settled
	 * @throws NoRefundOwed when nothing is owed
	 * @throws SettlementExceedsOwed when it is more than is owed, or than refunds still
	 * under way leave of it
	 */
	Money settleOwedRefund(UUID refundId, @Nullable Money asked, RefundProcessed.Method method, Instant now) {
		if (method == RefundProcessed.Method.ORIGINAL_METHOD) {
			throw new IllegalArgumentException("A refund owed settled by hand went back outside the provider");
		}
		if (this.refundOwed.amount().signum() == 0) {
			throw new NoRefundOwed(this.id);
		}
		Money settled = (asked != null) ? asked : this.refundOwed;
		if (settled.amount().signum() <= 0) {
			throw new IllegalArgumentException("A settlement must be more than zero");
		}
		// What refunds under way hold may still reach the customer: settled by hand too,
		// it would be given back twice.
		Money settleable = (refundable().compareTo(this.refundOwed) < 0) ? refundable() : this.refundOwed;
		if (settled.compareTo(settleable) > 0) {
			throw new SettlementExceedsOwed(this.id, settled, this.refundOwed, settleable);
		}
		this.refundReserved = this.refundReserved.plus(settled);
		book(refundId, settled, true, method, now);
		return settled;
	}

	/**
	 * Books a reserved refund as given back, and announces it with the running total and
	 * how it went back.
	 * @param givesOwedBack whether it gives back (part of) the refund owed
	 */
	private void book(UUID refundId, Money refund, boolean givesOwedBack, RefundProcessed.Method method, Instant now) {
		Money total = this.amountRefunded.plus(refund);
		if (total.compareTo(this.refundReserved) > 0) {
			throw new IllegalStateException("Payment " + this.id + " would refund " + total + ", more than reserved");
		}
		this.amountRefunded = total;
		if (givesOwedBack) {
			this.refundOwed = (refund.compareTo(this.refundOwed) >= 0) ? Money.ZERO
					: Money.of(this.refundOwed.amount().subtract(refund.amount()));
		}
		if (this.refundOwed.compareTo(unrefunded()) > 0) {
			this.refundOwed = unrefunded();
		}
		if (this.refundOwed.compareTo(Money.ZERO) == 0) {
			this.refundOwedSince = null;
		}
		boolean full = total.compareTo(this.amount) == 0;
		this.status = full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
		this.updatedAt = now;
		registerEvent(new RefundProcessed(refundId, this.id, this.orderId, refund.amount(), total.amount(), full, now,
				method));
	}

	private void requireCash() {
		if (!NO_PROVIDER.equals(this.provider)) {
			throw new IllegalPaymentTransition(this.id, "is paid online, not in cash");
		}
	}

	private void requireOnline(String why) {
		if (!RAZORPAY.equals(this.provider)) {
			throw new IllegalPaymentTransition(this.id, why);
		}
	}

	UUID id() {
		return this.id;
	}

	UUID orderId() {
		return this.orderId;
	}

	PaymentStatus status() {
		return this.status;
	}

	Money amount() {
		return this.amount;
	}

	boolean isLateCapture() {
		return this.lateCapture;
	}

	@Nullable String providerOrderId() {
		return this.providerOrderId;
	}

	@Nullable String providerPaymentId() {
		return this.providerPaymentId;
	}

	UUID customerId() {
		return this.customerId;
	}

	/**
	 * The events recorded and not yet published; saving the payment through its
	 * repository publishes them (to the outbox) and clears them.
	 */
	Collection<Object> events() {
		return domainEvents();
	}

	PaymentView view() {
		return new PaymentView(this.id, this.orderId, this.customerId, this.storeId, this.method, this.provider,
				this.amount, this.currency, this.status, this.providerOrderId, this.providerPaymentId,
				this.failureReason, this.lateCapture, this.refundReserved, this.amountRefunded, refundable(),
				this.refundOwed, this.initiatedAt, this.completedAt, this.failedAt, this.cancelledAt, this.updatedAt);
	}

	/** What a capture did to the payment. */
	enum CaptureOutcome {

		/** The payment completed with it. */
		COMPLETED,

		/** It was the capture the payment completed with already. */
		ALREADY_CAPTURED,

		/**
		 * The payment ended unpaid or was completed by another capture: the money needs a
		 * payment of its own.
		 */
		NEEDS_LATE_CAPTURE

	}

}
