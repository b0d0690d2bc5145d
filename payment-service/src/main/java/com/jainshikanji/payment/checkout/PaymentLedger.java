package com.jainshikanji.payment.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.money.Money;

/**
 * Books refunds against payments, for the refund feature. Every method works on the
 * payment's row lock, taken in the caller's transaction, so concurrent refunds of one
 * payment are booked one after the other and never add up to more than was captured.
 */
@Service
public class PaymentLedger {

	private final Payments payments;

	private final Clock clock;

	PaymentLedger(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<PaymentView> find(UUID paymentId) {
		return this.payments.findById(paymentId).map(Payment::view);
	}

	/**
	 * Loads the payment and locks it until the caller's transaction ends.
	 * @throws PaymentNotFound if there is no such payment
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PaymentView lock(UUID paymentId) {
		return locked(paymentId).view();
	}

	/**
	 * Holds a refund against the captured amount.
	 * @throws RuntimeException (409) unless the payment was captured and has that much
	 * left to refund; (422) when it was paid online and the refund is less than the
	 * provider refunds
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserveRefund(UUID paymentId, Money amount) {
		locked(paymentId).reserveRefund(amount);
	}

	/** The provider refused a reserved refund; its amount is refundable again. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refundFailed(UUID paymentId, Money amount) {
		locked(paymentId).releaseRefund(amount, this.clock.instant());
	}

	/**
	 * The provider refused a reserved refund nobody is watching (a compensation): its
	 * amount is refundable again and owed, visibly, until refunds give it back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void owedRefundRefused(UUID paymentId, Money amount) {
		locked(paymentId).owedRefundRefused(amount, this.clock.instant());
	}

	/**
	 * A refund nobody is watching (a compensation) is less than the provider refunds: not
	 * booked (the provider would only refuse it), but owed, visibly, for staff to give
	 * back outside the provider and record.
	 * @throws IllegalArgumentException when the provider would refund it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void owedRefundBelowMinimum(UUID paymentId, Money amount) {
		locked(paymentId).owedRefundBelowMinimum(amount, this.clock.instant());
	}

	/**
	 * The provider confirmed a reserved refund: booked, and announced as
	 * {@code RefundProcessed} with the payment's running total.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PaymentView refunded(UUID paymentId, UUID refundId, Money amount, Instant reservedAt) {
		Payment payment = locked(paymentId);
		payment.refunded(refundId, amount, reservedAt, this.clock.instant());
		return this.payments.save(payment).view();
	}

	/**
	 * Staff gave back (part of) the refund owed outside the provider: booked as given
	 * back under the given refund, and announced as {@code RefundProcessed} like any
	 * refund, with how they gave it back.
	 * @param amount rupees, or {@code null} for everything owed
	 * @param method {@code BANK_TRANSFER} or {@code CASH}
	 * @return what was settled
	 * @throws RuntimeException (409) when nothing is owed, or less than the amount can be
	 * settled (refunds under way hold the rest)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Money settleOwedRefund(UUID paymentId, UUID refundId, @Nullable Money amount,
			RefundProcessed.Method method) {
		Payment payment = locked(paymentId);
		Money settled = payment.settleOwedRefund(refundId, amount, method, this.clock.instant());
		this.payments.save(payment);
		return settled;
	}

	private Payment locked(UUID paymentId) {
		return this.payments.lockById(paymentId).orElseThrow(() -> new PaymentNotFound(paymentId));
	}

}
