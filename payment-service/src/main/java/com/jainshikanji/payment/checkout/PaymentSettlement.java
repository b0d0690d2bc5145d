package com.jainshikanji.payment.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.payment.razorpay.Paise;
import com.jainshikanji.payment.razorpay.RazorpayPayment;

/**
 * Applies what Razorpay reports about a payment, from whichever source reports it first:
 * Checkout's answer (verify), a webhook, or reconciliation. Every report of a Razorpay
 * order is applied under the lock of that order's payments, so the same capture reported
 * five ways at once completes the payment once and publishes one
 * {@code PaymentCompleted}.
 */
@Service
public class PaymentSettlement {

	private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);

	private static final Pattern METHOD = Pattern.compile("[a-z_]{2,30}");

	private final Payments payments;

	private final Clock clock;

	PaymentSettlement(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Applies a report of a payment: a capture completes, a failure fails, anything else
	 * (created, authorized) changes nothing yet.
	 */
	@Transactional
	public Outcome apply(RazorpayPayment reported) {
		if (reported.wasCaptured()) {
			return captured(reported);
		}
		if (reported.hasFailed()) {
			return failed(reported);
		}
		return Outcome.NOTHING_TO_DO;
	}

	private Outcome captured(RazorpayPayment reported) {
		List<Payment> all = lockAll(reported);
		if (all.isEmpty()) {
			return Outcome.UNKNOWN_ORDER;
		}
		for (Payment payment : all) {
			if (payment.status().isCaptured() && reported.id().equals(payment.providerPaymentId())) {
				return Outcome.ALREADY_APPLIED;
			}
		}
		Payment original = all.get(0);
		if (!matches(original, reported)) {
			return Outcome.MISMATCH;
		}
		Instant now = this.clock.instant();
		Capture capture = new Capture(reported.id(), method(reported, original), Paise.toMoney(reported.amount()));
		return switch (original.capture(capture, now)) {
			case COMPLETED -> {
				this.payments.save(original);
				yield Outcome.APPLIED;
			}
			case ALREADY_CAPTURED -> Outcome.ALREADY_APPLIED;
			case NEEDS_LATE_CAPTURE -> {
				Payment late = this.payments.save(Payment.lateCapture(original, capture, now));
				log.warn(
						"Payment {} of Razorpay order {} was captured after payment {} ended {}: recorded as late "
								+ "capture {}, to be refunded",
						reported.id(), reported.orderId(), original.id(), original.status(), late.id());
				yield Outcome.APPLIED;
			}
		};
	}

	private Outcome failed(RazorpayPayment reported) {
		List<Payment> all = lockAll(reported);
		if (all.isEmpty()) {
			return Outcome.UNKNOWN_ORDER;
		}
		Payment original = all.get(0);
		if (original.fail(reported.id(), reason(reported), this.clock.instant())) {
			this.payments.save(original);
			return Outcome.APPLIED;
		}
		return Outcome.ALREADY_APPLIED;
	}

	private List<Payment> lockAll(RazorpayPayment reported) {
		return (reported.orderId() != null) ? this.payments.lockByProviderOrderId(reported.orderId()) : List.of();
	}

	/**
	 * A capture counts only for exactly the amount we asked for, in rupees: a signature
	 * or a webhook proves who reported it, not that the sum is right.
	 */
	private static boolean matches(Payment payment, RazorpayPayment reported) {
		if (Payment.INR.equals(reported.currency()) && reported.amount() == Paise.of(payment.amount())) {
			return true;
		}
		log.error("Razorpay reports {} {} (paise) captured by {} for order {}, but payment {} is for {}: not applied",
				reported.amount(), reported.currency(), reported.id(), reported.orderId(), payment.id(),
				payment.amount());
		return false;
	}

	private static String method(RazorpayPayment reported, Payment payment) {
		String method = reported.method();
		return (method != null && METHOD.matcher(method).matches()) ? method : payment.view().method();
	}

	private static String reason(RazorpayPayment reported) {
		String reason = reported.errorDescription();
		if (reason == null || reason.isBlank()) {
			return "The payment failed";
		}
		return (reason.length() > 500) ? reason.substring(0, 500) : reason;
	}

	/** What applying a report did. */
	public enum Outcome {

		/** The payment moved (or a late capture was recorded). */
		APPLIED,

		/** The payment had moved already: nothing to do. */
		ALREADY_APPLIED,

		/** The report changes nothing (a payment created or authorized). */
		NOTHING_TO_DO,

		/** No payment of ours has this Razorpay order (yet). */
		UNKNOWN_ORDER,

		/**
		 * The report does not match the payment (amount or currency): not applied, for
		 * someone to look at.
		 */
		MISMATCH

	}

}
