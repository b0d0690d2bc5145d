package com.jainshikanji.notification;

import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;
import com.jainshikanji.testsupport.database.EmptyDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database (with a default template for
 * every kind of notification), and the database itself refuses a second delivery of one
 * event to one person on one channel; the demo data applies on top. A new default
 * replaces the old one only where no admin changed it.
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

	/**
	 * A database migrated while every refund was said to show in the bank or UPI app
	 * within days gets the refund templates that say how the money went back, on each
	 * channel no admin changed.
	 */
	@Test
	void theRefundTemplatesSayHowTheMoneyWentBackWhereNoAdminChangedThem() {
		DataSource dataSource = EmptyDatabase.create("notification");
		Flyway.configure().dataSource(dataSource).target("4").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				UPDATE templates SET subject = 'Refund of [(${amount})]',
				                     body = 'Your bank or UPI app shows it within 5 to 7 working days.'
				WHERE kind = 'REFUND_PROCESSED'
				""").update();
		jdbc.sql("""
				UPDATE templates SET body = 'Refunded: [(${amount})]', updated_by = gen_random_uuid()
				WHERE kind = 'REFUND_PROCESSED' AND channel = 'PUSH'
				""").update();

		Flyway.configure().dataSource(dataSource).load().migrate();

		Map<String, String> templates = jdbc
			.sql("SELECT channel, concat_ws(' | ', subject, body, html) FROM templates WHERE kind = 'REFUND_PROCESSED'")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(templates).containsOnlyKeys("EMAIL", "PUSH", "IN_APP")
			.containsEntry("PUSH", "Refund of [(${amount})] | Refunded: [(${amount})]");
		assertThat(templates.get("EMAIL").split(" \\| ")).as("subject, body and html")
			.hasSize(3)
			.allSatisfy((part) -> assertThat(part).contains("${refundMethod}"));
		assertThat(templates.get("IN_APP").split(" \\| ")).as("subject and body")
			.hasSize(2)
			.allSatisfy((part) -> assertThat(part).contains("${refundMethod}"));
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
