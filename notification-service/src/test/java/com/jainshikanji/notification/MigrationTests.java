package com.jainshikanji.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database (with a default template for
 * every kind of notification), and the database itself refuses a second delivery of one
 * event to one person on one channel; the demo data applies on top.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("notification", PlatformSchemas::migrate, "public.recipients", "public.store_staff", "public.orders",
				"public.preferences", "public.devices", "public.templates", "public.in_app_notifications",
				"public.deliveries", "public.delivery_attempts", "public.sends");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT DISTINCT kind FROM templates").query(String.class).list()).contains("WELCOME",
				"EMAIL_VERIFICATION", "PASSWORD_RESET", "PASSWORD_CHANGED", "ORDER_PLACED", "ORDER_CONFIRMED",
				"ORDER_PREPARING", "ORDER_READY", "ORDER_OUT_FOR_DELIVERY", "ORDER_DELIVERED", "ORDER_CANCELLED",
				"PAYMENT_FAILED", "REFUND_PROCESSED", "LOYALTY_TIER_CHANGED", "LOW_STOCK", "PROMOTION", "ANNOUNCEMENT");
		assertThat(jdbc.sql("SELECT count(*) FROM templates WHERE kind LIKE 'PASSWORD%' AND channel <> 'EMAIL'")
			.query(Integer.class)
			.single()).as("security notifications by email only").isZero();
		String delivery = """
				INSERT INTO deliveries (id, source_id, recipient_id, channel, kind, address, variables, status,
				                        next_attempt_at, created_at)
				VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001',
				        '00000000-0000-4000-8000-000000000002', 'EMAIL', 'ORDER_PLACED', 'a@example.com', '{}',
				        'PENDING', now(), now())
				""";
		assertThat(jdbc.sql(delivery).update()).isOne();
		assertThatException().as("the same event to the same person on the same channel")
			.isThrownBy(() -> jdbc.sql(delivery).update());
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT email FROM recipients WHERE user_id = 'c0000000-0000-4000-8000-000000000003'")
			.query(String.class)
			.single()).isEqualTo("customer@jainshikanji.local");
		assertThat(jdbc
			.sql("SELECT count(*) FROM in_app_notifications WHERE user_id = "
					+ "'c0000000-0000-4000-8000-000000000003'")
			.query(Integer.class)
			.single()).isPositive();
	}

}
