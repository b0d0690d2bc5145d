package com.jainshikanji.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.env.Environment;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with the demo history; nothing to install. Pass
 * {@code --server.port=...} to move it off 8088. It logs a link to the dashboard that
 * signs in as an admin (the token lasts ten minutes), since the identity service is not
 * running to sign in with.
 */
public class TestAnalyticsServiceApplication {

	private static final Logger log = LoggerFactory.getLogger(TestAnalyticsServiceApplication.class);

	public static void main(String[] args) {
		new SpringApplicationBuilder(AnalyticsServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("analytics"), new StoreService())
			.listeners((ApplicationReadyEvent ready) -> {
				Environment environment = ready.getApplicationContext().getEnvironment();
				log.info("Dashboard, signed in as an admin: http://localhost:{}/analytics/dashboard#token={}",
						environment.getProperty("local.server.port"), TestTokens.admin());
			})
			.profiles("demo")
			.run(args);
	}

}
