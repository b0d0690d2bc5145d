package com.jainshikanji.review;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with the demo reviews; nothing to install. Pass
 * {@code --server.port=...} to move it off 8089.
 */
public class TestReviewServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(ReviewServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("review"))
			.profiles("demo")
			.run(args);
	}

}
