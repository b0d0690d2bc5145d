package com.jainshikanji.payment.checkout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.jainshikanji.payment.razorpay.ProviderRejected;
import com.jainshikanji.payment.razorpay.ProviderUnavailable;
import com.jainshikanji.payment.razorpay.RazorpayClient;
import com.jainshikanji.payment.razorpay.RazorpayPayment;

/**
 * Settles online payments whose webhook never came: every open payment older than a few
 * minutes is looked up with Razorpay ({@code GET /v1/orders/{id}/payments}) and settled
 * by what Razorpay says: a capture completes it (an authorized payment is captured
 * first), a failure fails it. Runs on every instance; each payment is claimed by one of
 * them ({@code FOR UPDATE SKIP LOCKED}) and looked at again at most once per
 * {@code after}.
 */
@Component
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	/** Bounds one run, so a long backlog does not hold the scheduler thread forever. */
	private static final int MAX_PER_RUN = 200;

	private final Payments payments;

	private final PaymentSettlement settlement;

	private final RazorpayClient razorpay;

	private final JdbcClient jdbc;

	private final ReconciliationProperties properties;

	private final Clock clock;

	Reconciliation(Payments payments, PaymentSettlement settlement, RazorpayClient razorpay, JdbcClient jdbc,
			ReconciliationProperties properties, Clock clock) {
		this.payments = payments;
		this.settlement = settlement;
		this.razorpay = razorpay;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${payment.reconciliation.interval:60s}",
			initialDelayString = "${payment.reconciliation.interval:60s}")
	void run() {
		try {
			reconcileDue();
		}
		catch (RuntimeException ex) {
			log.warn("Reconciliation failed; trying again at the next run", ex);
		}
	}

	/**
	 * Looks up every online payment open for longer than {@code after} (and not looked at
	 * within {@code after}).
	 * @return how many were looked up
	 */
	public int reconcileDue() {
		int looked = 0;
		while (looked < MAX_PER_RUN) {
			Optional<UUID> next = claimNext();
			if (next.isEmpty()) {
				break;
			}
			looked++;
			try {
				reconcile(next.get());
			}
			catch (ProviderUnavailable ex) {
				log.warn("Razorpay is unavailable; reconciliation stops until the next run");
				break;
			}
			catch (ProviderRejected ex) {
				log.warn("Razorpay refused to look up payment {}: {}", next.get(), ex.getMessage());
			}
		}
		return looked;
	}

	/** Settles one payment by what Razorpay says of its order. */
	void reconcile(UUID paymentId) {
		PaymentView payment = this.payments.findById(paymentId).map(Payment::view).orElseThrow();
		if (!payment.status().isOpen() || payment.providerOrderId() == null) {
			return;
		}
		List<RazorpayPayment> attempts = this.razorpay.orderPayments(payment.providerOrderId());
		List<RazorpayPayment> captured = attempts.stream().filter(RazorpayPayment::wasCaptured).toList();
		if (!captured.isEmpty()) {
			captured.forEach(this.settlement::apply);
			log.info("Reconciliation settled payment {}: captured by {}", paymentId, captured.get(0).id());
			return;
		}
		Optional<RazorpayPayment> authorized = attempts.stream().filter(RazorpayPayment::wasAuthorized).findFirst();
		if (authorized.isPresent()) {
			this.settlement
				.apply(this.razorpay.capture(authorized.get().id(), payment.amountInPaise(), payment.currency()));
			log.info("Reconciliation captured payment {} ({})", paymentId, authorized.get().id());
			return;
		}
		attempts.stream()
			.filter(RazorpayPayment::hasFailed)
			.max(Comparator.comparingLong(RazorpayPayment::createdAt))
			.ifPresent((failed) -> {
				this.settlement.apply(failed);
				log.info("Reconciliation failed payment {}: {}", paymentId, failed.errorDescription());
			});
	}

	/**
	 * Claims the open online payment waiting longest for a look, marking it looked at
	 * now.
	 */
	private Optional<UUID> claimNext() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.properties.after());
		return this.jdbc.sql("""
				UPDATE payments SET reconciled_at = :now
				WHERE id = (
				    SELECT id FROM payments
				    WHERE status IN ('PENDING', 'PROCESSING') AND provider = 'razorpay' AND initiated_at <= :cutoff
				      AND (reconciled_at IS NULL OR reconciled_at <= :cutoff)
				    ORDER BY reconciled_at NULLS FIRST, initiated_at
				    LIMIT 1
				    FOR UPDATE SKIP LOCKED)
				RETURNING id
				""")
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(cutoff))
			.query(UUID.class)
			.optional();
	}

}
