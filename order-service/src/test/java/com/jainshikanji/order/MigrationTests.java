package com.jainshikanji.order;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the demo data applies on top of them and obeys every constraint.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("orders", PlatformSchemas::migrate, "public.orders", "public.order_items", "public.order_timeline",
				"public.order_tracking", "public.idempotency_keys", "public.order_number_counters",
				"public.staff_memberships");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		// The payment-window job's query has an index of its own.
		assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_orders_awaiting_payment'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		assertThat(jdbc
			.sql("SELECT DISTINCT status FROM orders WHERE customer_id = 'c0000000-0000-4000-8000-000000000003'")
			.query(String.class)
			.list()).contains("delivered", "cancelled", "refunded", "preparing");
		// Every order's items add up to its subtotal, and its timeline ends where it
		// stands.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM orders o
				WHERE o.subtotal <> (SELECT sum(i.subtotal) FROM order_items i WHERE i.order_id = o.id)
				   OR o.status <> (SELECT t.status FROM order_timeline t WHERE t.order_id = o.id
				                   ORDER BY t.created_at DESC LIMIT 1)
				   OR o.status_sequence <> (SELECT count(*) - 1 FROM order_timeline t WHERE t.order_id = o.id)
				""").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM staff_memberships WHERE role = 'DELIVERY' AND active")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
