package com.jainshikanji.customer;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.jainshikanji.common.messaging.MessagingSchema;
import com.jainshikanji.testsupport.infra.Infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application.
 */
class MigrationTests {

	@Test
	void migrationsBuildTheSchemaFromAnEmptyDatabase() {
		Infrastructure.Database database = Infrastructure.shared()
			.database("customer_empty_" + UUID.randomUUID().toString().substring(0, 8));
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
				database.password());
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

		MigrateResult result = flyway.migrate();
		MessagingSchema.migrate(dataSource);

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
		flyway.validate();
		List<String> tables = JdbcClient.create(dataSource)
			.sql("SELECT table_schema || '.' || table_name FROM information_schema.tables "
					+ "WHERE table_schema IN ('public', 'messaging') AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		assertThat(tables).contains("public.customers", "public.customer_roles", "public.customer_addresses",
				"public.customer_preferences", "public.customer_favorites", "public.refresh_tokens",
				"public.login_failures", "messaging.event_outbox", "messaging.processed_event");
		// Running again on a migrated database changes nothing.
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

}
