package com.jainshikanji.store;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;
import com.jainshikanji.testsupport.database.EmptyDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the demo data applies on top of them; postal codes stored before hyphens
 * were stripped lose them.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("store", PlatformSchemas::migrate, "public.stores", "public.store_operating_hours", "public.staff",
				"public.delivery_zones");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		List<String> indexes = jdbc
			.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'delivery_zones_postal_codes'")
			.query(String.class)
			.list();
		assertThat(indexes).singleElement().asString().contains("USING gin (postal_codes)");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM information_schema.columns
				WHERE table_name = 'staff' AND column_name = 'membership_revision'
				""").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void postalCodesStoredWithHyphensLoseThemAndEachIsListedOnce() {
		DataSource dataSource = EmptyDatabase.create("store");
		Flyway.configure().dataSource(dataSource).target("2").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				INSERT INTO stores (id, slug, name, email, phone, address_line1, city, state, postal_code)
				VALUES ('00000000-0000-4000-8000-0000000000a1', 'hyphens', 'Hyphens', 'h@example.in', '+91 79 0000',
				        'Relief Road', 'Ahmedabad', 'Gujarat', '380-001'),
				       ('00000000-0000-4000-8000-0000000000a2', 'plain', 'Plain', 'p@example.in', '+91 79 0000',
				        'Relief Road', 'Ahmedabad', 'Gujarat', '380002')
				""").update();
		jdbc.sql("""
				INSERT INTO delivery_zones (id, store_id, name, postal_codes)
				VALUES ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', 'Mixed',
				        ARRAY['380-009', '380001', '380009', 'SW1A-1AA', '380-001']),
				       ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000a1', 'Plain',
				        ARRAY['380002'])
				""").update();

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(jdbc
			.sql("SELECT array_to_string(postal_codes, ',') || ' v' || version FROM delivery_zones " + "ORDER BY name")
			.query(String.class)
			.list()).containsExactly("380009,380001,SW1A1AA v1", "380002 v0");
		assertThat(
				jdbc.sql("SELECT postal_code || ' v' || version FROM stores ORDER BY slug").query(String.class).list())
			.containsExactly("380001 v1", "380002 v0");
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT count(*) FROM stores").query(Integer.class).single()).isEqualTo(4);
		// Every demo store has a full week of hours and at least one zone.
		assertThat(jdbc.sql("SELECT count(*) FROM store_operating_hours").query(Integer.class).single())
			.isEqualTo(4 * 7);
		assertThat(jdbc.sql("SELECT count(DISTINCT store_id) FROM delivery_zones").query(Integer.class).single())
			.isEqualTo(4);
	}

}
