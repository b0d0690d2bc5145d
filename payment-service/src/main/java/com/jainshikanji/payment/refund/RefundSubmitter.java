package com.jainshikanji.payment.refund;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import com.jainshikanji.payment.razorpay.RazorpayRefund;

/**
 * Sends refunds to Razorpay, outside any transaction: each refund is claimed for a while
 * (so no two instances send it at once), sent with its own id as the idempotency key (so
 * a refund sent again after a timeout is the same refund, never a second one), and its
 * answer recorded. One that could not be sent is sent again later, with a growing pause;
 * money owed is never given up on. Refunds Razorpay accepted but did not confirm within
 * {@code confirm-after} are looked up.
 */
@Component
public class RefundSubmitter {

	private static final Logger log = LoggerFactory.getLogger(RefundSubmitter.class);

	/** How long a claim keeps other instances off a refund being sent. */
	private static final Duration LEASE = Duration.ofSeconds(60);

	private static final Duration MAX_PAUSE = Duration.ofMinutes(10);

	private static final int MAX_PER_RUN = 100;

	private final RefundService refunds;

	private final RazorpayClient razorpay;

	private final JdbcClient jdbc;

	private final RefundProperties properties;

	private final Clock clock;

	RefundSubmitter(RefundService refunds, RazorpayClient razorpay, JdbcClient jdbc, RefundProperties properties,
			Clock clock) {
		this.refunds = refunds;
		this.razorpay = razorpay;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${payment.refunds.submit-interval:2s}",
			initialDelayString = "${payment.refunds.submit-interval:2s}")
	void run() {
		try {
			submitDue();
			confirmOverdue();
		}
		catch (RuntimeException ex) {
			log.warn("Submitting refunds failed; trying again at the next run", ex);
		}
	}

	/**
	 * Sends every refund due to be sent.
	 * @return how many were sent (whatever the answer)
	 */
	public int submitDue() {
		int sent = 0;
		while (sent < MAX_PER_RUN) {
			Optional<UUID> next = claimNext();
			if (next.isEmpty()) {
				break;
			}
			sent++;
			if (!send(next.get())) {
				break;
			}
		}
		return sent;
	}

	/**
	 * Sends one refund now, unless it is not due or another instance is sending it.
	 * @return the refund as it stands afterwards
	 */
	RefundResponse submit(UUID refundId) {
		if (claim(refundId)) {
			send(refundId);
		}
		return this.refunds.find(refundId).orElseThrow();
	}

	/**
	 * Looks up refunds Razorpay accepted but whose webhook has not come.
	 * @return how many were looked up
	 */
	public int confirmOverdue() {
		Instant before = this.clock.instant().minus(this.properties.confirmAfter());
		List<String> overdue = this.jdbc.sql("""
				SELECT provider_refund_id FROM refunds
				WHERE status = 'PROCESSING' AND updated_at <= :before AND provider_refund_id IS NOT NULL
				ORDER BY updated_at LIMIT :limit
				""").param("before", Timestamp.from(before)).param("limit", MAX_PER_RUN).query(String.class).list();
		for (String providerRefundId : overdue) {
			try {
				this.refunds.reported(this.razorpay.refund(providerRefundId));
			}
			catch (ProviderUnavailable ex) {
				return 0;
			}
			catch (ProviderRejected ex) {
				log.warn("Razorpay refused to look up refund {}: {}", providerRefundId, ex.getMessage());
			}
		}
		return overdue.size();
	}

	/**
	 * Sends a claimed refund and records the answer.
	 * @return whether Razorpay could be reached
	 */
	private boolean send(UUID refundId) {
		Optional<RefundService.Submission> submission = this.refunds.submission(refundId);
		if (submission.isEmpty()) {
			return true;
		}
		RefundService.Submission refund = submission.get();
		try {
			RazorpayRefund answer = this.razorpay.refund(refund.providerPaymentId(), refund.amount(),
					refund.refundId().toString(), refund.refundId().toString(), notes(refund));
			this.refunds.reported(answer);
			return true;
		}
		catch (ProviderRejected ex) {
			this.refunds.refused(refundId, ex.getMessage());
			return true;
		}
		catch (ProviderUnavailable ex) {
			Duration pause = pause(refund.attempts());
			log.warn("Refund {} could not be sent ({}); sending again in {}", refundId, ex.getMessage(), pause);
			this.refunds.submitLater(refundId, this.clock.instant().plus(pause));
			return false;
		}
	}

	/** 2, 4, 8... seconds after each failed attempt, at most ten minutes. */
	static Duration pause(int attempts) {
		int doublings = Math.min(Math.max(attempts, 1), 20);
		Duration pause = Duration.ofSeconds(1L << doublings);
		return (pause.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : pause;
	}

	private static Map<String, String> notes(RefundService.Submission refund) {
		Map<String, String> notes = new LinkedHashMap<>();
		notes.put("refund_id", refund.refundId().toString());
		notes.put("payment_id", refund.paymentId().toString());
		notes.put("order_id", refund.orderId().toString());
		return notes;
	}

	/**
	 * Claims the given refund if it is due, or never sent yet: a refund just asked for is
	 * kept from the sweep for its request to send.
	 */
	private boolean claim(UUID refundId) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				UPDATE refunds SET next_submit_at = :lease, submit_attempts = submit_attempts + 1
				WHERE id = :id AND status = 'PENDING' AND (next_submit_at <= :now OR submit_attempts = 0)
				""")
			.param("lease", Timestamp.from(now.plus(LEASE)))
			.param("id", refundId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Claims the refund due first, skipping any another instance holds. */
	private Optional<UUID> claimNext() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				UPDATE refunds SET next_submit_at = :lease, submit_attempts = submit_attempts + 1
				WHERE id = (
				    SELECT id FROM refunds WHERE status = 'PENDING' AND next_submit_at <= :now
				    ORDER BY next_submit_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING id
				""")
			.param("lease", Timestamp.from(now.plus(LEASE)))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

}
