package com.jainshikanji.inventory;

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
 * application; the demo data applies on top of them.
 */
class MigrationTests {

	@Test
	void migrationsBuildTheSchemaFromAnEmptyDatabase() {
		DriverManagerDataSource dataSource = emptyDatabase();
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
		assertThat(tables).contains("public.categories", "public.products", "public.product_customizations",
				"public.customization_options", "public.inventory", "public.stock_adjustments", "public.reservations",
				"public.reservation_lines", "public.suppliers", "public.purchase_orders", "public.purchase_order_items",
				"messaging.event_outbox", "messaging.processed_event");
		// Running again on a migrated database changes nothing.
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

	@Test
	void theDemoDataAppliesOnTopOfTheMigrations() {
		DriverManagerDataSource dataSource = emptyDatabase();
		MigrateResult result = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();

		assertThat(result.success).isTrue();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(jdbc.sql("SELECT count(*) FROM products").query(Integer.class).single()).isGreaterThanOrEqualTo(30);
		assertThat(jdbc.sql("SELECT count(DISTINCT store_id) FROM inventory").query(Integer.class).single())
			.isEqualTo(3);
	}

	private static DriverManagerDataSource emptyDatabase() {
		Infrastructure.Database database = Infrastructure.shared()
			.database("inventory_empty_" + UUID.randomUUID().toString().substring(0, 8));
		return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
	}

}
