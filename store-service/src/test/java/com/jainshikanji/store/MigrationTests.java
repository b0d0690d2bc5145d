package com.jainshikanji.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the demo data applies on top of them.
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
