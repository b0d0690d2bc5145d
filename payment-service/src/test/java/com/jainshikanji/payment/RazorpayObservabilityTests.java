package com.jainshikanji.payment;

import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.jainshikanji.payment.razorpay.RazorpayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls to Razorpay show in the metrics by URI template, never by payment id, and so does
 * the state of the circuit breaker around them: a Razorpay outage is visible.
 */
@PaymentServiceTest
class RazorpayObservabilityTests {

	@Autowired
	RazorpayClient razorpay;

	@Autowired
	MeterRegistry meters;

	@Test
	void callsToRazorpayAndItsCircuitBreakerAreMeasured() {
		String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		RazorpayStub.stubPayment(paymentId,
				RazorpayStub.payment(paymentId, "order_Observability01", 7000, "captured", "card"));

		this.razorpay.payment(paymentId);

		Timer calls = this.meters.find("http.client.requests")
			.tag("method", "GET")
			.tag("uri", "/v1/payments/{id}")
			.tag("client.name", "127.0.0.1")
			.tag("status", "200")
			.timer();
		assertThat(calls).as("http.client.requests of GET /v1/payments/{id}").isNotNull();
		assertThat(calls.count()).isPositive();
		assertThat(this.meters.find("http.client.requests").timers())
			.noneMatch((timer) -> String.valueOf(timer.getId().getTag("uri")).contains(paymentId));
		Gauge closed = this.meters.find("resilience4j.circuitbreaker.state")
			.tag("name", "razorpay")
			.tag("state", "closed")
			.gauge();
		assertThat(closed).as("resilience4j.circuitbreaker.state of the razorpay breaker").isNotNull();
		assertThat(closed.value()).isEqualTo(1);
		assertThat(this.meters.find("resilience4j.circuitbreaker.calls").tag("name", "razorpay").meters()).isNotEmpty();
	}

}
