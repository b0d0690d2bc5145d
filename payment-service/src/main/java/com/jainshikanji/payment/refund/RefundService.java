package com.jainshikanji.payment.refund;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.StoreDuty;
import com.jainshikanji.payment.checkout.PaymentAccess;
import com.jainshikanji.payment.checkout.PaymentLedger;
import com.jainshikanji.payment.checkout.PaymentNotFound;
import com.jainshikanji.payment.checkout.PaymentView;
import com.jainshikanji.payment.razorpay.Paise;
import com.jainshikanji.payment.razorpay.RazorpayRefund;

/**
 * Refunds, from request to settlement. A refund is booked against its payment under the
 * payment's lock (so concurrent refunds never add up to more than was captured) in the
 * transaction that stores it; the provider is asked afterwards, by
 * {@link RefundSubmitter}, and its answer (or webhook) settles the refund once. Cash
 * refunds are handed back by the store, and refunds owed that staff gave back outside
 * Razorpay are recorded as given: both complete at once.
 */
@Service
public class RefundService {

	private static final Logger log = LoggerFactory.getLogger(RefundService.class);

	/** The reason a refund owed given back outside Razorpay is recorded with. */
	static final String SETTLED_OUTSIDE_RAZORPAY = "Refund owed, given back outside Razorpay";

	private final Refunds refunds;

	private final PaymentLedger ledger;

	private final AuditLog audit;

	private final Clock clock;

	RefundService(Refunds refunds, PaymentLedger ledger, AuditLog audit, Clock clock) {
		this.refunds = refunds;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Books a refund staff or an admin asked for, once per Idempotency-Key: the same key
	 * again answers with the refund it made.
	 * @param amount rupees, or {@code null} for everything still refundable
	 * @throws PaymentNotFound when there is no such payment, or the caller does not work
	 * at its store
	 * @throws com.jainshikanji.common.security.StoreDutyNotAllowed when the caller's job
	 * at its store does not refund
	 * @throws IdempotencyKeyReused when the key made a refund of another amount or reason
	 * @throws RuntimeException (409) when the payment was not captured, or has less left
	 * to refund; (422) when it was paid online and the refund is less than the provider
	 * refunds
	 */
	@Transactional
	Requested request(UUID paymentId, @Nullable Money amount, String reason, String key, AuthenticatedUser user) {
		PaymentView payment = lockToRefund(paymentId, user);
		Optional<Requested> repeated = repeated(paymentId, RefundKind.REQUESTED, key,
				(existing) -> existing.sameRequest(amount, reason));
		if (repeated.isPresent()) {
			return repeated.get();
		}
		Money refund = (amount != null) ? amount : payment.refundable();
		this.ledger.reserveRefund(paymentId, refund);
		Instant now = this.clock.instant();
		Refund created = this.refunds.save(Refund.requested(booking(payment, refund, reason), key, user.id(), now));
		this.audit.record(AuditEvent.of("refund.requested", "refund", created.id())
			.atStore(payment.storeId())
			.with("paymentId", paymentId)
			.with("orderId", payment.orderId())
			.with("amount", refund.amount())
			.with("reason", reason)
			.with("method", payment.method()));
		settleCashAtOnce(payment, created, now);
		return new Requested(created.toResponse(), true);
	}

	/**
	 * Records that staff gave (part of) the payment's refund owed back outside Razorpay
	 * (a bank transfer, cash), once per Idempotency-Key: booked as a refund of its own,
	 * completed at once, that counts as money given back (announced as
	 * {@code RefundProcessed}, like any refund) and lowers what is owed; the same key
	 * again answers with the refund it made. Under the payment's lock, so concurrent
	 * settlements record the money once.
	 * @param amount rupees, or {@code null} for everything owed
	 * @param method how it was given back, which the announcement tells the customer
	 * @param reference the bank transfer's UTR, or a note of who handed over what; none
	 * for cash handed back without one
	 * @throws PaymentNotFound when there is no such payment, or the caller does not work
	 * at its store
	 * @throws com.jainshikanji.common.security.StoreDutyNotAllowed when the caller's job
	 * at its store does not refund
	 * @throws IdempotencyKeyReused when the key recorded another amount, method or
	 * reference
	 * @throws RuntimeException (409) when nothing is owed, or less than the amount can be
	 * settled
	 */
	@Transactional
	Requested settleOwed(UUID paymentId, @Nullable Money amount, SettlementMethod method, @Nullable String reference,
			String key, AuthenticatedUser user) {
		PaymentView payment = lockToRefund(paymentId, user);
		Optional<Requested> repeated = repeated(paymentId, RefundKind.MANUAL, key,
				(existing) -> existing.sameSettlement(amount, method, reference));
		if (repeated.isPresent()) {
			return repeated.get();
		}
		UUID refundId = UUID.randomUUID();
		Money settled = this.ledger.settleOwedRefund(paymentId, refundId, amount, method.announced());
		Refund created = this.refunds
			.save(Refund.settledOutside(refundId, booking(payment, settled, SETTLED_OUTSIDE_RAZORPAY), key, user.id(),
					method, reference, this.clock.instant()));
		this.audit.record(AuditEvent.of("refund.settled-outside-razorpay", "refund", created.id())
			.atStore(payment.storeId())
			.with("paymentId", paymentId)
			.with("orderId", payment.orderId())
			.with("amount", settled.amount())
			.with("method", method)
			.with("reference", reference)
			.with("refundOwedBefore", payment.refundOwed().amount()));
		log.info("Refund owed {} of payment {} (order {}) settled outside Razorpay as refund {}: {} {}", settled,
				paymentId, payment.orderId(), created.id(), method, (reference != null) ? reference : "(no reference)");
		return new Requested(created.toResponse(), true);
	}

	/**
	 * Books the one refund owed because money came in for a cancelled order: asked for by
	 * the order service, or found by a capture that arrived after the cancellation. At
	 * most one per payment, whoever asks and however often; one the provider refused gave
	 * nothing back and does not count, so asking again books another.
	 * @param amount rupees, or {@code null} for everything still refundable; never more
	 * than is left
	 * @return the refund, or empty when it exists already, nothing is left to refund, or
	 * what is left is less than the provider refunds (then that is owed on the payment,
	 * for staff to give back outside the provider)
	 */
	@Transactional
	public Optional<UUID> compensate(UUID paymentId, @Nullable Money amount, String reason) {
		PaymentView payment = this.ledger.lock(paymentId);
		if (this.refunds.existsByPaymentIdAndKindAndStatusNot(paymentId, RefundKind.COMPENSATION,
				RefundStatus.FAILED)) {
			return Optional.empty();
		}
		if (!payment.status().isCaptured()) {
			log.warn("Payment {} is {}: nothing captured to give back", paymentId, payment.status());
			return Optional.empty();
		}
		Money left = payment.refundable();
		Money refund = (amount == null || amount.compareTo(left) > 0) ? left : amount;
		if (refund.amount().signum() == 0) {
			log.info("Payment {} has nothing left to refund", paymentId);
			return Optional.empty();
		}
		if (payment.belowMinimumRefund(refund)) {
			// Razorpay would refuse it (booked, it would only fail), yet dropped the
			// customer would lose it: owed, for staff to give back in cash or by
			// transfer.
			this.ledger.owedRefundBelowMinimum(paymentId, refund);
			log.warn("Compensation of payment {} (order {}) would be {}, less than Razorpay refunds: owed, for staff "
					+ "to give back outside Razorpay and record", paymentId, payment.orderId(), refund);
			return Optional.empty();
		}
		this.ledger.reserveRefund(paymentId, refund);
		Instant now = this.clock.instant();
		Refund created = this.refunds.save(Refund.compensation(booking(payment, refund, reason), now));
		log.info("Refund {} of {} owed for payment {} of cancelled order {}", created.id(), refund, paymentId,
				payment.orderId());
		settleCashAtOnce(payment, created, now);
		return Optional.of(created.id());
	}

	/** The refunds of a payment, oldest first, for those who may see the payment. */
	@Transactional(readOnly = true)
	List<RefundResponse> ofPayment(UUID paymentId, AuthenticatedUser user) {
		PaymentView payment = this.ledger.find(paymentId)
			.filter((found) -> PaymentAccess.maySee(found, user))
			.orElseThrow(() -> new PaymentNotFound(paymentId));
		return this.refunds.findByPaymentIdOrderByCreatedAt(payment.id()).stream().map(Refund::toResponse).toList();
	}

	@Transactional(readOnly = true)
	Optional<RefundResponse> find(UUID refundId) {
		return this.refunds.findById(refundId).map(Refund::toResponse);
	}

	/**
	 * What the provider answered a submission, or reported later (webhook, confirmation):
	 * processed completes the refund, failed fails it, pending means it was accepted.
	 * @return what it did; {@link Outcome#UNKNOWN_REFUND} when the report is of no refund
	 * of ours
	 */
	@Transactional
	public Outcome reported(RazorpayRefund reported) {
		Optional<UUID> found = findReported(reported);
		if (found.isEmpty()) {
			return Outcome.UNKNOWN_REFUND;
		}
		Refund refund = lock(found.get());
		if (reported.amount() != Paise.of(refund.amount())) {
			log.error("Razorpay reports refund {} of {} paise for our refund {} of {}: not applied", reported.id(),
					reported.amount(), refund.id(), refund.amount());
			return Outcome.MISMATCH;
		}
		Instant now = this.clock.instant();
		if (reported.wasProcessed()) {
			if (refund.status() == RefundStatus.FAILED) {
				log.error("Razorpay reports refund {} processed, but it had failed: for staff to settle",
						reported.id());
				return Outcome.MISMATCH;
			}
			if (!refund.complete(reported.id(), now)) {
				return Outcome.ALREADY_APPLIED;
			}
			this.refunds.save(refund);
			this.ledger.refunded(refund.paymentId(), refund.id(), refund.amount(), refund.initiatedAt());
			return Outcome.APPLIED;
		}
		if (reported.hasFailed()) {
			return failed(refund, "The payment provider could not process the refund", now);
		}
		return refund.accepted(reported.id(), now) ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
	}

	/** The provider refused the refund outright. */
	@Transactional
	Outcome refused(UUID refundId, String reason) {
		return failed(lock(refundId), reason, this.clock.instant());
	}

	/** The provider could not be reached: the refund is submitted again later. */
	@Transactional
	void submitLater(UUID refundId, Instant next) {
		this.refunds.lockById(refundId)
			.filter((refund) -> refund.status() == RefundStatus.PENDING)
			.ifPresent((refund) -> refund.submitLater(next, this.clock.instant()));
	}

	/** What a submission sends: the refund and the provider payment it refunds. */
	@Transactional(readOnly = true)
	Optional<Submission> submission(UUID refundId) {
		return this.refunds.findById(refundId)
			.filter((refund) -> refund.status() == RefundStatus.PENDING)
			.flatMap((refund) -> this.ledger.find(refund.paymentId())
				.filter((payment) -> payment.providerPaymentId() != null)
				.map((payment) -> new Submission(refund.id(), payment.id(), payment.orderId(),
						payment.providerPaymentId(), Paise.of(refund.amount()), refund.submitAttempts())));
	}

	/**
	 * Fails the refund for good, its amount refundable again. Staff see a refund they
	 * asked for fail; nobody watches a compensation, so its amount stays owed on the
	 * payment until a refund gives it back (or staff record it given back outside
	 * Razorpay), listed for staff ({@code GET /api/v1/payments/refunds-owed}) and counted
	 * ({@code payment.refunds.owed}).
	 */
	private Outcome failed(Refund refund, String reason, Instant now) {
		if (!refund.fail(reason, now)) {
			return Outcome.ALREADY_APPLIED;
		}
		this.refunds.save(refund);
		if (refund.kind() == RefundKind.COMPENSATION) {
			this.ledger.owedRefundRefused(refund.paymentId(), refund.amount());
			log.error(
					"Compensation {} of {} for payment {} (order {}) failed: {}. The customer is still owed it: "
							+ "staff must refund it by hand, or give it back another way and record that",
					refund.id(), refund.amount(), refund.paymentId(), refund.orderId(), reason);
		}
		else {
			this.ledger.refundFailed(refund.paymentId(), refund.amount());
			log.warn("Refund {} of payment {} failed: {}", refund.id(), refund.paymentId(), reason);
		}
		return Outcome.APPLIED;
	}

	/** Ours by the receipt we sent (our refund id), or by the provider's id. */
	private Optional<UUID> findReported(RazorpayRefund reported) {
		if (reported.receipt() != null) {
			try {
				UUID receipt = UUID.fromString(reported.receipt());
				if (this.refunds.paymentOf(receipt).isPresent()) {
					return Optional.of(receipt);
				}
			}
			catch (IllegalArgumentException ex) {
				// Not one of our receipts.
			}
		}
		return this.refunds.idOfProviderRefund(reported.id());
	}

	/**
	 * Locks the refund's payment, then the refund (always in this order, so two
	 * transactions never wait on each other), and reads the refund as it now is.
	 */
	private Refund lock(UUID refundId) {
		this.ledger.lock(this.refunds.paymentOf(refundId).orElseThrow());
		return this.refunds.lockById(refundId).orElseThrow();
	}

	/** A cash payment's refund is handed back by the store: nothing to ask a provider. */
	private void settleCashAtOnce(PaymentView payment, Refund refund, Instant now) {
		if (!payment.isOnline() && refund.complete(null, now)) {
			this.refunds.save(refund);
			this.ledger.refunded(payment.id(), refund.id(), refund.amount(), refund.initiatedAt());
		}
	}

	/**
	 * Locks the payment for a refund by the caller.
	 * @throws PaymentNotFound when there is no such payment, or the caller does not work
	 * at its store (nobody else learns it exists)
	 * @throws com.jainshikanji.common.security.StoreDutyNotAllowed when the caller works
	 * at its store, but not in a job that refunds
	 */
	private PaymentView lockToRefund(UUID paymentId, AuthenticatedUser user) {
		PaymentView payment = this.ledger.lock(paymentId);
		if (PaymentAccess.mayRefund(payment, user)) {
			return payment;
		}
		if (!user.worksAt(payment.storeId())) {
			throw new PaymentNotFound(paymentId);
		}
		StoreDuty.REFUND_PAYMENTS.requireOf(user, payment.storeId());
		return payment;
	}

	/**
	 * The refund of this kind an earlier request under the key made, if any.
	 * @throws IdempotencyKeyReused when that request asked for another refund
	 */
	private Optional<Requested> repeated(UUID paymentId, RefundKind kind, String key, Predicate<Refund> sameRequest) {
		return this.refunds.findByPaymentIdAndKindAndRequestKey(paymentId, kind, key).map((existing) -> {
			if (!sameRequest.test(existing)) {
				throw new IdempotencyKeyReused(paymentId, existing.id());
			}
			return new Requested(existing.toResponse(), false);
		});
	}

	private static Refund.Booking booking(PaymentView payment, Money amount, String reason) {
		return new Refund.Booking(payment.id(), payment.orderId(), payment.storeId(), amount, reason);
	}

	/**
	 * @param created whether this request made it, or repeated an earlier one
	 */
	record Requested(RefundResponse refund, boolean created) {
	}

	/**
	 * @param amount in paise
	 * @param attempts submissions so far, this one included
	 */
	record Submission(UUID refundId, UUID paymentId, UUID orderId, String providerPaymentId, long amount,
			int attempts) {
	}

	/** What applying a provider's report did. */
	public enum Outcome {

		/** The refund moved. */
		APPLIED,

		/** It had moved already. */
		ALREADY_APPLIED,

		/** No refund of ours (yet). */
		UNKNOWN_REFUND,

		/** The report contradicts the refund: not applied, for someone to look at. */
		MISMATCH

	}

}
