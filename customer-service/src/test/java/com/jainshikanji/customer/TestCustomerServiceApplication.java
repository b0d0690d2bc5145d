package com.jainshikanji.customer;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service from the IDE on this JVM's test infrastructure (embedded PostgreSQL,
 * Kafka, Redis) with the demo accounts, nothing to install: {@code --server.port=0} or
 * any port outside the local platform's 8080-8089.
 */
public class TestCustomerServiceApplication {

	public static void main(String[] args) {
		// A throw-away signing key unless one is given; as an argument, so it beats
		// application.yml (later arguments win).
		String[] arguments = Stream.concat(
				Stream.of("--identity.tokens.generate-key-if-missing=true",
						"--identity.account-emails.seal-key=dGVzdC1hY2NvdW50LXRva2VuLXNlYWwta2V5LTMyYnk="),
				Arrays.stream(args))
			.toArray(String[]::new);
		new SpringApplicationBuilder(CustomerServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("customer"))
			.profiles("demo")
			.run(arguments);
	}

}
