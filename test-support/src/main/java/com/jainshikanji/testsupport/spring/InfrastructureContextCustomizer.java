package com.jainshikanji.testsupport.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import com.jainshikanji.testsupport.infra.Infrastructure;
import com.jainshikanji.testsupport.infra.Infrastructure.Database;
import com.jainshikanji.testsupport.security.TestTokens;

/**
 * Puts the shared servers' addresses in front of the application's own configuration.
 * Values are suppliers, resolved when the application first reads them, which is what
 * starts each server lazily.
 */
record InfrastructureContextCustomizer(String database) implements ContextCustomizer {

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		// Below the test's own properties (@TestPropertySource,
		// @SpringBootTest(properties)), above everything
		// else: a test can still point one address somewhere else, e.g. at a port nobody
		// listens on.
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		SupplierPropertySource infrastructureSource = propertySource(this.database);
		if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, infrastructureSource);
		}
		else {
			sources.addFirst(infrastructureSource);
		}
	}

	/** The shared servers' addresses for a service with the given database. */
	static SupplierPropertySource propertySource(String database) {
		Infrastructure infrastructure = Infrastructure.shared();
		Supplier<Database> db = memoized(() -> infrastructure.database(database));
		Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", () -> db.get().jdbcUrl());
		properties.put("spring.datasource.username", () -> db.get().username());
		properties.put("spring.datasource.password", () -> db.get().password());
		properties.put("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
		properties.put("spring.data.redis.host", infrastructure::redisHost);
		properties.put("spring.data.redis.port", infrastructure::redisPort);
		properties.put("spring.mail.host", infrastructure::smtpHost);
		properties.put("spring.mail.port", infrastructure::smtpPort);
		// Services trust the test token issuer; the identity service itself uses its own
		// keys.
		properties.put("jainshikanji.security.jwt.jwk-set-uri", TestTokens::jwkSetUri);
		return new SupplierPropertySource(properties);
	}

	private static <T> Supplier<T> memoized(Supplier<T> supplier) {
		return new Supplier<>() {

			private T value;

			@Override
			public synchronized T get() {
				if (this.value == null) {
					this.value = supplier.get();
				}
				return this.value;
			}

		};
	}

	static final class SupplierPropertySource extends EnumerablePropertySource<Map<String, Supplier<Object>>> {

		SupplierPropertySource(Map<String, Supplier<Object>> properties) {
			super("testInfrastructure", properties);
		}

		@Override
		public String[] getPropertyNames() {
			return getSource().keySet().toArray(String[]::new);
		}

		@Override
		public Object getProperty(String name) {
			Supplier<Object> supplier = getSource().get(name);
			return (supplier != null) ? supplier.get() : null;
		}

		@Override
		public boolean containsProperty(String name) {
			return getSource().containsKey(name);
		}

	}

}
