package com.jainshikanji.order.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.jainshikanji.common.events.order.OrderCreated;

/**
 * {@code orders.placed}, by payment method ({@code online}, {@code cod}): orders stored,
 * counted once their transaction commits (a placement that rolls back was never an
 * order). Orders per minute on the dashboards is its rate.
 */
@Component
class OrderMetrics {

	private final MeterRegistry meters;

	OrderMetrics(MeterRegistry meters) {
		this.meters = meters;
		// Registered up front, so that a quiet minute reads 0 rather than "no data".
		for (PaymentMethod method : PaymentMethod.values()) {
			placed(method.code());
		}
	}

	@TransactionalEventListener
	void on(OrderCreated created) {
		placed(created.paymentMethod()).increment();
	}

	private Counter placed(String paymentMethod) {
		return Counter.builder("orders.placed")
			.description("Orders placed, counted when stored")
			.tag("payment_method", paymentMethod)
			.register(this.meters);
	}

}
