package com.jainshikanji.testsupport.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.testsupport.database.EmptyDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's migrations must do, without a running application: build the whole
 * schema on an empty database, change nothing when run again, and take the demo data (if
 * the service has any) on top. A service's {@code MigrationTests} extends it and names
 * its tables:
 *
 * <pre class="code">
 * class MigrationTests extends MigrationContract {
 *     MigrationTests() {
 *         super("orders", PlatformSchemas::migrate, "public.orders", "public.order_items");
 *     }
 * }
 * </pre>
 */
public abstract class MigrationContract {

	private final String database;

	private final Consumer<DataSource> platformSchemas;

	private final List<String> tables;

	/**
	 * @param database the service's database name
	 * @param platformSchemas migrates common-lib's schemas (outbox, inbox, audit log), as
	 * the running service does at startup
	 * @param tables the tables the migrations must create, as {@code schema.table}
	 */
	protected MigrationContract(String database, Consumer<DataSource> platformSchemas, String... tables) {
		this.database = database;
		this.platformSchemas = platformSchemas;
		this.tables = List.of(tables);
	}

	@Test
	void migrationsBuildTheSchemaFromAnEmptyDatabase() {
		DataSource dataSource = EmptyDatabase.create(this.database);
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

		MigrateResult result = flyway.migrate();
		this.platformSchemas.accept(dataSource);

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
		flyway.validate();
		List<String> expected = new ArrayList<>(this.tables);
		expected.addAll(List.of("messaging.event_outbox", "messaging.processed_event", "audit.audit_entry"));
		assertThat(EmptyDatabase.tables(dataSource)).containsAll(expected);
		// Running again on a migrated database changes nothing.
		assertThat(flyway.migrate().migrationsExecuted).isZero();
		checkSchema(JdbcClient.create(dataSource));
	}

	@Test
	void theDemoDataAppliesOnTopOfTheMigrations() {
		Assumptions.assumeTrue(new ClassPathResource("db/demo").exists(), "this service has no demo data");
		DataSource dataSource = EmptyDatabase.create(this.database);
		MigrateResult result = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();

		assertThat(result.success).isTrue();
		checkDemoData(JdbcClient.create(dataSource));
	}

	/** Further checks of the migrated schema (indexes, constraints); none by default. */
	protected void checkSchema(JdbcClient jdbc) {
	}

	/** Checks of the demo data once applied; none by default. */
	protected void checkDemoData(JdbcClient jdbc) {
	}

}
