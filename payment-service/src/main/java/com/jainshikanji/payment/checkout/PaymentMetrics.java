package com.jainshikanji.payment.checkout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;

/**
 * {@code payments.completed} and {@code payments.failed}: payments that ended either way,
 * counted once their transaction commits. The alert on payment failures watches the share
 * of failed among both.
 */
@Component
class PaymentMetrics {

	private final Counter completed;

	private final Counter failed;

	PaymentMetrics(MeterRegistry meters) {
		this.completed = Counter.builder("payments.completed").description("Online payments captured").register(meters);
		this.failed = Counter.builder("payments.failed")
			.description("Online payments that failed (declined, abandoned, timed out)")
			.register(meters);
	}

	@TransactionalEventListener
	void on(PaymentCompleted event) {
		this.completed.increment();
	}

	@TransactionalEventListener
	void on(PaymentFailed event) {
		this.failed.increment();
	}

}
