package com.jainshikanji.inventory;

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
		DataSource dataSource = EmptyDatabase.create("inventory");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

		MigrateResult result = flyway.migrate();
		MessagingSchema.migrate(dataSource);

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
		flyway.validate();
		List<String> tables = EmptyDatabase.tables(dataSource);
		assertThat(tables).contains("public.categories", "public.products", "public.product_customizations",
				"public.customization_options", "public.inventory", "public.stock_adjustments", "public.reservations",
				"public.reservation_lines", "public.suppliers", "public.purchase_orders", "public.purchase_order_items",
				"messaging.event_outbox", "messaging.processed_event");
		// Running again on a migrated database changes nothing.
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

	@Test
	void theDemoDataAppliesOnTopOfTheMigrations() {
		DataSource dataSource = EmptyDatabase.create("inventory");
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

}
