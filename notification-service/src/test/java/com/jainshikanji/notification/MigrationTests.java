package com.jainshikanji.notification;

import java.util.List;
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
 * replaces the old one only where no admin changed it; security emails an admin disabled
 * are enabled again.
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
				"PAYMENT_FAILED", "REFUND_PROCESSED", "LOYALTY_TIER_CHANGED", "LOW_STOCK", "PROMOTION", "ANNOUNCEMENT",
				"ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
		assertThat(jdbc.sql(
				"SELECT count(*) FROM templates WHERE (kind LIKE 'PASSWORD%' OR kind LIKE 'ACCOUNT%') AND channel <> 'EMAIL'")
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
		JdbcClient jdbc = migratedAfter("4", """
				UPDATE templates SET subject = 'Refund of [(${amount})]',
				                     body = 'Your bank or UPI app shows it within 5 to 7 working days.'
				WHERE kind = 'REFUND_PROCESSED'
				""", """
				UPDATE templates SET body = 'Refunded: [(${amount})]', updated_by = gen_random_uuid()
				WHERE kind = 'REFUND_PROCESSED' AND channel = 'PUSH'
				""");

		Map<String, String> templates = templates(jdbc, "REFUND_PROCESSED");
		assertThat(templates).containsOnlyKeys("EMAIL", "PUSH", "IN_APP")
			.containsEntry("PUSH", "Refund of [(${amount})] | Refunded: [(${amount})]");
		assertThat(templates.get("EMAIL").split(" \\| ")).as("subject, body and html")
			.hasSize(3)
			.allSatisfy((part) -> assertThat(part).contains("${refundMethod}"));
		assertThat(templates.get("IN_APP").split(" \\| ")).as("subject and body")
			.hasSize(2)
			.allSatisfy((part) -> assertThat(part).contains("${refundMethod}"));
	}

	/**
	 * A database migrated while every cancellation said that money paid online goes back
	 * gets the cancellation templates that say so only of orders paid online, on each
	 * channel no admin changed.
	 */
	@Test
	void theCancellationTemplatesSayWhetherMoneyGoesBackWhereNoAdminChangedThem() {
		JdbcClient jdbc = migratedAfter("5", """
				UPDATE templates SET body = 'Money paid online goes back to you on its own.', html = NULL
				WHERE kind = 'ORDER_CANCELLED'
				""", """
				UPDATE templates SET updated_by = gen_random_uuid() WHERE kind = 'ORDER_CANCELLED' AND channel = 'PUSH'
				""");

		Map<String, String> templates = templates(jdbc, "ORDER_CANCELLED");
		assertThat(templates).containsOnlyKeys("EMAIL", "SMS", "PUSH", "IN_APP")
			.containsEntry("PUSH", "Order cancelled | Money paid online goes back to you on its own.");
		assertThat(templates.get("EMAIL").split(" \\| ")).as("subject, body and html")
			.hasSize(3)
			.satisfies((parts) -> assertThat(parts[1]).contains("${paymentType}"))
			.satisfies((parts) -> assertThat(parts[2]).contains("${paymentType}"));
		assertThat(templates.get("IN_APP")).contains("${paymentType}");
		assertThat(templates.get("SMS")).doesNotContain("Money paid online");
	}

	/**
	 * A database migrated while a delivery's estimate was said as "ready by" gets the
	 * confirmation and preparation templates that say when a delivery is with the
	 * customer, on each channel no admin changed.
	 */
	@Test
	void theConfirmationAndPreparationTemplatesSayWhenADeliveryArrivesWhereNoAdminChangedThem() {
		JdbcClient jdbc = migratedAfter("7", """
				UPDATE templates SET body = 'Ready by about [(${eta})].'
				WHERE kind IN ('ORDER_CONFIRMED', 'ORDER_PREPARING')
				""", """
				UPDATE templates SET updated_by = gen_random_uuid() WHERE kind = 'ORDER_CONFIRMED' AND channel = 'SMS'
				""");

		Map<String, String> confirmed = templates(jdbc, "ORDER_CONFIRMED");
		assertThat(confirmed).containsOnlyKeys("EMAIL", "SMS", "PUSH", "IN_APP");
		assertThat(confirmed.get("SMS")).isEqualTo("Ready by about [(${eta})].");
		assertThat(List.of(confirmed.get("EMAIL"), confirmed.get("PUSH"), confirmed.get("IN_APP")))
			.allSatisfy((template) -> assertThat(template).containsIgnoringCase("with you"));
		assertThat(templates(jdbc, "ORDER_PREPARING").values())
			.allSatisfy((template) -> assertThat(template).contains("With you"));
	}

	/**
	 * A database migrated while the password-changed email said the owner was signed out
	 * everywhere gets the text that keeps the device that made the change signed in,
	 * unless an admin wrote their own.
	 */
	@Test
	void thePasswordChangedEmailNoLongerSaysEveryDeviceWasSignedOutWhereNoAdminChangedIt() {
		String old = "The password was changed, and you were signed out everywhere.";
		JdbcClient jdbc = migratedAfter("8",
				"UPDATE templates SET body = '" + old + "', html = NULL " + "WHERE kind = 'PASSWORD_CHANGED'");

		assertThat(templates(jdbc, "PASSWORD_CHANGED")).containsOnlyKeys("EMAIL")
			.extractingByKey("EMAIL")
			.satisfies((email) -> assertThat(email.split(" \\| ")).as("subject, body and html").hasSize(3))
			.satisfies((email) -> assertThat(email).doesNotContain("signed out everywhere")
				.contains("only a device that made the change in the app stays signed in"));

		JdbcClient edited = migratedAfter("8", "UPDATE templates SET body = '" + old
				+ "', updated_by = gen_random_uuid() " + "WHERE kind = 'PASSWORD_CHANGED'");
		assertThat(templates(edited, "PASSWORD_CHANGED").get("EMAIL")).as("an admin's own text stays").contains(old);
	}

	/**
	 * A security email an admin disabled while that was allowed goes out again, as the
	 * admin wrote it.
	 */
	@Test
	void securityEmailsDisabledBeforeAreEnabledAgain() {
		JdbcClient jdbc = migratedAfter("6", """
				UPDATE templates SET enabled = false, body = 'Reset: [(${link})]', updated_by = gen_random_uuid()
				WHERE kind = 'PASSWORD_RESET'
				""", "UPDATE templates SET enabled = false, updated_by = gen_random_uuid() WHERE kind = 'PROMOTION'");

		assertThat(jdbc.sql("SELECT channel, enabled, body FROM templates WHERE kind = 'PASSWORD_RESET'")
			.query()
			.listOfRows())
			.singleElement()
			.satisfies((template) -> assertThat(template).containsEntry("channel", "EMAIL")
				.containsEntry("enabled", true)
				.containsEntry("body", "Reset: [(${link})]"));
		assertThat(
				jdbc.sql("SELECT DISTINCT enabled FROM templates WHERE kind = 'PROMOTION'").query(Boolean.class).list())
			.as("what is not a security email stays as the admin left it")
			.containsExactly(false);
	}

	/**
	 * An empty database migrated up to {@code version}, changed as an admin or older code
	 * would have, then migrated the rest of the way.
	 */
	private static JdbcClient migratedAfter(String version, String... changes) {
		DataSource dataSource = EmptyDatabase.create("notification");
		Flyway.configure().dataSource(dataSource).target(version).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (String change : changes) {
			jdbc.sql(change).update();
		}
		Flyway.configure().dataSource(dataSource).load().migrate();
		return jdbc;
	}

	/** A kind's templates by channel: subject, body and html, those there are. */
	private static Map<String, String> templates(JdbcClient jdbc, String kind) {
		return jdbc.sql("SELECT channel, concat_ws(' | ', subject, body, html) FROM templates WHERE kind = :kind")
			.param("kind", kind)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
