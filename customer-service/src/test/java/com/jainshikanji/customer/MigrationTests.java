package com.jainshikanji.customer;

import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application, and the demo accounts apply on top.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("customer", PlatformSchemas::migrate, "public.customers", "public.customer_roles",
				"public.customer_addresses", "public.customer_preferences", "public.customer_favorites",
				"public.refresh_tokens", "public.login_failures", "public.staff_memberships", "public.account_tokens");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		// Removals are kept as tombstones with the revision they came from.
		List<String> columns = jdbc
			.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'staff_memberships'")
			.query(String.class)
			.list();
		assertThat(columns).contains("revision", "active", "changed_at", "job");
		// A job is one of the five the store service assigns, or unknown.
		jdbc.sql("INSERT INTO customers (id, email, password_hash, first_name, version) "
				+ "VALUES ('c0000000-0000-4000-8000-0000000000aa', 'job@example.com', 'hash', 'Job', 0)")
			.update();
		String membership = "INSERT INTO staff_memberships (customer_id, store_id, staff_id, assigned_at, job) "
				+ "VALUES ('c0000000-0000-4000-8000-0000000000aa', gen_random_uuid(), gen_random_uuid(), now(), :job)";
		jdbc.sql(membership).param("job", "CHEF").update();
		jdbc.sql(membership).param("job", null, Types.VARCHAR).update();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.sql(membership).param("job", "SOMMELIER").update());
		// Notification opt-ins are the notification service's (ADR 0011).
		assertThat(
				jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer_preferences'")
					.query(String.class)
					.list())
			.doesNotContain("email_notifications", "sms_notifications", "push_notifications", "marketing_emails");
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		// The demo manager manages store 1 and the 24-hour store 4, the demo rider
		// delivers for store 4, as the store service's demo data says.
		List<Map<String, Object>> memberships = jdbc
			.sql("SELECT customer_id::text AS customer, store_id::text AS store, active, job FROM staff_memberships "
					+ "ORDER BY customer_id, store_id")
			.query()
			.listOfRows();
		assertThat(memberships).containsExactly(
				Map.of("customer", "c0000000-0000-4000-8000-000000000002", "store",
						"a1000000-0000-4000-8000-000000000001", "active", true, "job", "MANAGER"),
				Map.of("customer", "c0000000-0000-4000-8000-000000000002", "store",
						"a1000000-0000-4000-8000-000000000004", "active", true, "job", "MANAGER"),
				Map.of("customer", "c0000000-0000-4000-8000-000000000004", "store",
						"a1000000-0000-4000-8000-000000000004", "active", true, "job", "DELIVERY"));
		assertThat(jdbc.sql("SELECT count(*) FROM customers").query(Integer.class).single()).isEqualTo(4);
		// The demo customer's profile shows the points loyalty-service's demo data gives
		// her.
		assertThat(jdbc
			.sql("SELECT loyalty_points AS points, loyalty_tier AS tier, loyalty_revision AS revision FROM customers "
					+ "WHERE id = 'c0000000-0000-4000-8000-000000000003'")
			.query()
			.singleRow()).containsEntry("points", 540).containsEntry("tier", "SILVER").containsEntry("revision", 3L);
	}

}
