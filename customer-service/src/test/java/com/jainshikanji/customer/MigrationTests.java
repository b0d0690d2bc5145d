package com.jainshikanji.customer;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import com.jainshikanji.common.messaging.MessagingSchema;
import com.jainshikanji.testsupport.database.EmptyDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application.
 */
class MigrationTests {

	@Test
	void migrationsBuildTheSchemaFromAnEmptyDatabase() {
		DataSource dataSource = EmptyDatabase.create("customer");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

		MigrateResult result = flyway.migrate();
		MessagingSchema.migrate(dataSource);

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
		flyway.validate();
		List<String> tables = EmptyDatabase.tables(dataSource);
		assertThat(tables).contains("public.customers", "public.customer_roles", "public.customer_addresses",
				"public.customer_preferences", "public.customer_favorites", "public.refresh_tokens",
				"public.login_failures", "messaging.event_outbox", "messaging.processed_event");
		// Running again on a migrated database changes nothing.
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

}
