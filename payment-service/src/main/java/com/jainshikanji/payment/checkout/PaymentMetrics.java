package com.jainshikanji.payment.checkout;

import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;

/**
 * {@code payments.completed} (by {@code method}: Razorpay's card, upi, netbanking..., or
 * cod for cash booked on delivery) and {@code payments.failed} (online payments only):
 * payments that ended either way, counted once their transaction commits. The alert on
 * payment failures watches the share of failed among online payments.
 * {@code payment.refunds.owed}: payments owing a refund Razorpay refused (or would
 * refuse, being less than it refunds), waiting for staff to refund by hand (or record it
 * given back outside Razorpay); counted on each scrape, over the index of such payments.
 */
@Component
class PaymentMetrics {

	/** Razorpay's methods and cash; anything else is "other", so tags stay few. */
	private static final Set<String> METHODS = Set.of("card", "upi", "netbanking", "wallet", "emi", "cardless_emi",
			"paylater", "cod");

	private final MeterRegistry meters;

	private final Counter failed;

	PaymentMetrics(MeterRegistry meters, Payments payments) {
		this.meters = meters;
		METHODS.forEach(this::completed);
		this.failed = Counter.builder("payments.failed")
			.description("Online payments that failed (declined, abandoned, timed out)")
			.register(meters);
		Gauge.builder("payment.refunds.owed", payments, Payments::countOwingRefund)
			.description("Payments owing a refund Razorpay refused, until staff refund it by hand or record it "
					+ "given back outside Razorpay")
			.baseUnit("payments")
			.register(meters);
	}

	@TransactionalEventListener
	void on(PaymentCompleted event) {
		completed(METHODS.contains(event.method()) ? event.method() : "other").increment();
	}

	@TransactionalEventListener
	void on(PaymentFailed event) {
		this.failed.increment();
	}

	private Counter completed(String method) {
		return Counter.builder("payments.completed")
			.description("Payments captured online, or cash booked on delivery (method cod)")
			.tag("method", method)
			.register(this.meters);
	}

}
