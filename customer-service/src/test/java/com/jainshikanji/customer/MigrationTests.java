package com.jainshikanji.customer;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application, and the demo accounts apply on top.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("customer", PlatformSchemas::migrate, "public.customers", "public.customer_roles",
				"public.customer_addresses", "public.customer_preferences", "public.customer_favorites",
				"public.refresh_tokens", "public.login_failures", "public.staff_memberships");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		// Removals are kept as tombstones with the revision they came from.
		List<String> columns = jdbc
			.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'staff_memberships'")
			.query(String.class)
			.list();
		assertThat(columns).contains("revision", "active", "changed_at");
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		// The demo manager works at store 1, as the store service's demo data says.
		Map<String, Object> membership = jdbc
			.sql("SELECT store_id::text AS store, active, revision FROM staff_memberships "
					+ "WHERE customer_id = 'c0000000-0000-4000-8000-000000000002'")
			.query()
			.singleRow();
		assertThat(membership).containsEntry("store", "a1000000-0000-4000-8000-000000000001")
			.containsEntry("active", true)
			.containsEntry("revision", 0L);
		assertThat(jdbc.sql("SELECT count(*) FROM customers").query(Integer.class).single()).isEqualTo(3);
	}

}
