package com.jainshikanji.customer;

import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.customer.profile.PhoneNumber;
import com.jainshikanji.testsupport.contract.MigrationContract;
import com.jainshikanji.testsupport.database.EmptyDatabase;

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
		// A phone is kept in E.164 only, so no spelling of a number slips past its unique
		// index.
		String phone = "UPDATE customers SET phone = :phone WHERE id = 'c0000000-0000-4000-8000-0000000000aa'";
		assertThat(jdbc.sql(phone).param("phone", "+919800000003").update()).isOne();
		for (String spelling : List.of("919800000003", "09800000003", "+91 98000 00003", "+0919800000003")) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(spelling)
				.isThrownBy(() -> jdbc.sql(phone).param("phone", spelling).update());
		}
		// Notification opt-ins are the notification service's (ADR 0011).
		assertThat(
				jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer_preferences'")
					.query(String.class)
					.list())
			.doesNotContain("email_notifications", "sms_notifications", "push_notifications", "marketing_emails");
	}

	/**
	 * Phones stored before numbers were normalised are rewritten in E.164. Where several
	 * accounts hold one number in different spellings, the account that verified it keeps
	 * it, or else the oldest; the others lose it, as do numbers no rule reads.
	 */
	@Test
	void storedPhonesAreRewrittenInE164AndACollidingNumberStaysWithOneAccount() {
		DataSource dataSource = EmptyDatabase.create("customer");
		Flyway.configure().dataSource(dataSource).target("6").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// 9800000101 three times, verified by the newest; 9800000202 three times, by
		// nobody.
		insertCustomer(jdbc, "a1", "9800000101", false, "2024-01-01");
		insertCustomer(jdbc, "a2", "+919800000101", true, "2024-03-01");
		insertCustomer(jdbc, "a3", "09800000101", false, "2024-02-01");
		insertCustomer(jdbc, "b1", "919800000202", false, "2024-01-05");
		insertCustomer(jdbc, "b2", "00919800000202", false, "2024-02-05");
		insertCustomer(jdbc, "b3", "+919800000202", false, "2024-03-05");
		insertCustomer(jdbc, "c1", "12345678901", true, "2024-01-01");
		insertCustomer(jdbc, "d1", null, false, "2024-01-01");
		// One number each, in every form the old rule let through.
		List<String> old = List.of("9812345601", "09812345602", "919812345603", "00919812345604", "+919812345605",
				"+442079460958", "+14155550123", "0012025550123", "1234567890", "+9198123456", "0000000000",
				"+0123456789", "+919812345606789");
		for (int i = 0; i < old.size(); i++) {
			insertCustomer(jdbc, "e" + Integer.toHexString(i), old.get(i), true, "2024-01-01");
		}

		Flyway.configure().dataSource(dataSource).load().migrate();

		Map<String, String> phones = new HashMap<>();
		Map<String, Boolean> verified = new HashMap<>();
		jdbc.sql("SELECT right(id::text, 2) AS id, phone, phone_verified FROM customers").query((row) -> {
			phones.put(row.getString("id"), row.getString("phone"));
			verified.put(row.getString("id"), row.getBoolean("phone_verified"));
		});
		assertThat(phones).containsEntry("a1", null).containsEntry("a2", "+919800000101").containsEntry("a3", null);
		assertThat(verified).containsEntry("a1", false).containsEntry("a2", true).containsEntry("a3", false);
		assertThat(phones).containsEntry("b1", "+919800000202").containsEntry("b2", null).containsEntry("b3", null);
		assertThat(phones).as("a number no rule reads").containsEntry("c1", null).containsEntry("d1", null);
		assertThat(verified).containsEntry("c1", false);
		for (int i = 0; i < old.size(); i++) {
			String id = "e" + Integer.toHexString(i);
			String expected = PhoneNumber.parse(old.get(i)).map(PhoneNumber::e164).orElse(null);
			assertThat(phones.get(id)).as("the application's reading of " + old.get(i)).isEqualTo(expected);
			assertThat(verified.get(id)).as(old.get(i)).isEqualTo(expected != null);
		}
		assertThat(phones.values()).contains("+919812345601", "+919812345604", "+442079460958");
	}

	/**
	 * Sessions started before tokens carried when say it by their oldest token still
	 * stored; every token of a session says the same.
	 */
	@Test
	void storedSessionsAreSignedInWhenTheirOldestTokenWasIssued() {
		DataSource dataSource = EmptyDatabase.create("customer");
		Flyway.configure().dataSource(dataSource).target("9").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		insertCustomer(jdbc, "f1", null, false, "2024-01-01");
		String token = """
				INSERT INTO refresh_tokens (id, family_id, customer_id, token_hash, issued_at, expires_at)
				VALUES (gen_random_uuid(), :family::uuid, 'c0000000-0000-4000-8000-0000000000f1', md5(random()::text),
				        :issuedAt::timestamptz, :issuedAt::timestamptz + interval '30 days')
				""";
		String phone = "a0000000-0000-4000-8000-000000000001";
		String laptop = "a0000000-0000-4000-8000-000000000002";
		for (String issuedAt : List.of("2026-01-10T08:00:00Z", "2026-01-01T08:00:00Z", "2026-01-20T08:00:00Z")) {
			jdbc.sql(token).param("family", phone).param("issuedAt", issuedAt).update();
		}
		jdbc.sql(token).param("family", laptop).param("issuedAt", "2026-02-01T09:30:00Z").update();

		Flyway.configure().dataSource(dataSource).load().migrate();

		Map<String, Set<Instant>> signedIn = new HashMap<>();
		jdbc.sql("SELECT family_id::text AS family, signed_in_at FROM refresh_tokens")
			.query((row, number) -> Map.entry(row.getString("family"), row.getTimestamp("signed_in_at").toInstant()))
			.list()
			.forEach((stored) -> signedIn.computeIfAbsent(stored.getKey(), (family) -> new HashSet<>())
				.add(stored.getValue()));
		assertThat(signedIn).containsOnly(Map.entry(phone, Set.of(Instant.parse("2026-01-01T08:00:00Z"))),
				Map.entry(laptop, Set.of(Instant.parse("2026-02-01T09:30:00Z"))));
	}

	private static void insertCustomer(JdbcClient jdbc, String id, @Nullable String phone, boolean verified,
			String createdOn) {
		jdbc.sql("""
				INSERT INTO customers (id, email, password_hash, first_name, phone, phone_verified, created_at, version)
				VALUES (:id::uuid, :email, 'hash', 'Asha', :phone, :verified, :createdOn::date, 0)
				""")
			.param("id", "c0000000-0000-4000-8000-0000000000" + id)
			.param("email", id + "@example.com")
			.param("phone", phone, Types.VARCHAR)
			.param("verified", verified)
			.param("createdOn", createdOn)
			.update();
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
