package com.jainshikanji.testsupport.spring;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points an application started outside a test (a service's
 * {@code Test<Name>Application}, run from an IDE) at this JVM's test infrastructure:
 * embedded PostgreSQL with the service's own database, Kafka, Redis and SMTP, and the
 * test token issuer's keys. Nothing needs to be installed.
 *
 * <pre class="code">
 * public static void main(String[] args) {
 *     new SpringApplicationBuilder(OrderServiceApplication.class)
 *         .initializers(new TestInfrastructureInitializer("orders"))
 *         .profiles("demo")
 *         .run(args);
 * }
 * </pre>
 */
public final class TestInfrastructureInitializer
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final String database;

	public TestInfrastructureInitializer(String database) {
		this.database = database;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(InfrastructureContextCustomizer.propertySource(this.database));
	}

}
