package com.jainshikanji.payment;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with Razorpay stubbed by WireMock; nothing to install. Pass
 * {@code --server.port=...} to move it off 8085.
 */
public class TestPaymentServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(PaymentServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("payment"), new RazorpayStub.Initializer())
			.profiles("demo")
			.run(args);
	}

}
