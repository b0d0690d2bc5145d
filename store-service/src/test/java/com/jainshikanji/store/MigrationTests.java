package com.jainshikanji.store;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.messaging.MessagingSchema;
import com.jainshikanji.testsupport.database.EmptyDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the demo data applies on top of them.
 */
class MigrationTests {

	@Test
	void migrationsBuildTheSchemaFromAnEmptyDatabase() {
		DataSource dataSource = EmptyDatabase.create("store");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

		MigrateResult result = flyway.migrate();
		MessagingSchema.migrate(dataSource);

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
		flyway.validate();
		List<String> tables = EmptyDatabase.tables(dataSource);
		assertThat(tables).contains("public.stores", "public.store_operating_hours", "public.staff",
				"public.delivery_zones", "messaging.event_outbox", "messaging.processed_event");
		List<String> indexes = JdbcClient.create(dataSource)
			.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'delivery_zones_postal_codes'")
			.query(String.class)
			.list();
		assertThat(indexes).singleElement().asString().contains("USING gin (postal_codes)");
		// Running again on a migrated database changes nothing.
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

	@Test
	void theDemoDataAppliesOnTopOfTheMigrations() {
		DataSource dataSource = EmptyDatabase.create("store");
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/demo")
			.load();

		assertThat(flyway.migrate().success).isTrue();
		assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM stores").query(Integer.class).single())
			.isEqualTo(3);
	}

}
