package com.jainshikanji.order;

import java.util.Map;

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
		// Every order's items add up to its subtotal, and its timeline ends where the
		// order stands.
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
		// The demo customer's order cancelled before paying shows nothing still to pay.
		assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE status = 'cancelled' AND payment_status = 'pending'")
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * Orders cancelled before the {@code cancelled} payment status existed kept
	 * {@code pending} for ever: nothing was paid for them, and nothing ever will be.
	 * Every other payment status stays as it was, a failed payment's included.
	 */
	@Test
	void ordersCancelledWithNothingPaidNoLongerAwaitTheirPayment() {
		DataSource dataSource = EmptyDatabase.create("orders");
		Flyway.configure().dataSource(dataSource).target("2").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Map<String, String[]> orders = Map.of("ORD-1", new String[] { "cancelled", "pending" }, "ORD-2",
				new String[] { "cancelled", "failed" }, "ORD-3", new String[] { "cancelled", "completed" }, "ORD-4",
				new String[] { "refunded", "refunded" }, "ORD-5", new String[] { "confirmed", "pending" }, "ORD-6",
				new String[] { "pending", "pending" });
		orders.forEach((number, state) -> jdbc.sql("""
				INSERT INTO orders (id, order_number, customer_id, customer_name, customer_email, store_id, status,
				                    payment_status, payment_method, subtotal, total, delivery_type)
				VALUES (gen_random_uuid(), :number, gen_random_uuid(), 'Asha', 'asha@example.com', gen_random_uuid(),
				        :status, :paymentStatus, 'cod', 50.00, 50.00, 'pickup')
				""").param("number", number).param("status", state[0]).param("paymentStatus", state[1]).update());

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(jdbc.sql("SELECT order_number, payment_status FROM orders")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()).containsExactlyInAnyOrder(Map.entry("ORD-1", "cancelled"), Map.entry("ORD-2", "failed"),
					Map.entry("ORD-3", "completed"), Map.entry("ORD-4", "refunded"), Map.entry("ORD-5", "pending"),
					Map.entry("ORD-6", "pending"));
	}

}
