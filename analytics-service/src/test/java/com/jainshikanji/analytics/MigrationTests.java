package com.jainshikanji.analytics;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the database refuses facts no event could produce; and the demo history
 * applies on top, with rollups that say what its facts say.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("analytics", PlatformSchemas::migrate, "public.store_directory", "public.order_facts",
				"public.order_fact_lines", "public.order_fact_refunds", "public.order_fact_payments",
				"public.customer_facts", "public.funnel_events", "public.staff_memberships", "public.rebuild_runs",
				"public.sales_daily", "public.product_daily", "public.hourly_sales", "public.stale_rollups");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		assertThatException().as("an outcome no order has").isThrownBy(() -> jdbc.sql("""
				INSERT INTO order_facts (order_id, outcome, updated_at) VALUES (gen_random_uuid(), 'LOST', now())
				""").update());
		assertThatException().as("a funnel step the apps do not send").isThrownBy(() -> jdbc.sql("""
				INSERT INTO funnel_events (type, session_id, occurred_at) VALUES ('order_paid', 'session-1', now())
				""").update());
		assertThatException().as("two rebuilds running").isThrownBy(() -> jdbc.sql("""
				INSERT INTO rebuild_runs (id, status, started_by, started_at, updated_at)
				VALUES (gen_random_uuid(), 'RUNNING', gen_random_uuid(), now(), now()),
				       (gen_random_uuid(), 'RUNNING', gen_random_uuid(), now(), now())
				""").update());
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT count(*) FROM store_directory WHERE known").query(Integer.class).single())
			.isEqualTo(4);
		// Eight weeks of sales at every store (CG Road closed on Mondays, today perhaps
		// not begun).
		assertThat(jdbc.sql("""
				SELECT min(days) FROM (SELECT store_id, count(DISTINCT day) AS days FROM sales_daily
				                       WHERE orders > 0 GROUP BY store_id) d
				""").query(Integer.class).single()).isGreaterThanOrEqualTo(46);
		// The rollups say what the facts say.
		assertThat(jdbc.sql("SELECT sum(orders) FROM sales_daily").query(Long.class).single())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM order_facts WHERE outcome IN ('CONFIRMED', 'DELIVERED')")
				.query(Long.class)
				.single());
		assertThat(jdbc.sql("SELECT sum(net_revenue) FROM sales_daily").query(BigDecimal.class).single())
			.isEqualByComparingTo(jdbc.sql("SELECT sum(total - refunded) FROM order_facts_local WHERE sale")
				.query(BigDecimal.class)
				.single());
		assertThat(jdbc.sql("SELECT sum(orders) FROM hourly_sales").query(Long.class).single())
			.isEqualTo(jdbc.sql("SELECT sum(orders) FROM sales_daily").query(Long.class).single());
		assertThat(jdbc.sql("SELECT count(*) FROM order_facts WHERE outcome = 'CANCELLED'").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM order_fact_refunds").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(DISTINCT session_id) FROM funnel_events").query(Long.class).single())
			.isGreaterThan(jdbc.sql("SELECT count(*) FROM order_facts").query(Long.class).single() * 3);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM staff_memberships
				WHERE user_id = 'c0000000-0000-4000-8000-000000000002' AND role = 'MANAGER' AND active
				""").query(Integer.class).single()).isEqualTo(2);
	}

}
