package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;
import com.jainshikanji.testsupport.database.EmptyDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; and the database itself refuses refunds beyond the captured amount, a
 * second open payment for an order, a Razorpay payment recorded twice (but for the
 * attempt that failed), a second compensation of a payment (but after one that failed),
 * and more owed to the customer than is left unrefunded.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("payment", PlatformSchemas::migrate, "public.known_orders", "public.payments", "public.refunds",
				"public.provider_webhooks");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		jdbc.sql("""
				INSERT INTO known_orders (order_id, order_number, customer_id, store_id, payment_method, total, status)
				VALUES ('00000000-0000-4000-8000-000000000001', 'ORD1', gen_random_uuid(), gen_random_uuid(), 'upi',
				        100, 'PENDING')
				""").update();
		String payment = """
				INSERT INTO payments (id, order_id, customer_id, store_id, method, provider, amount, status,
				                      provider_order_id, refund_reserved, amount_refunded, initiated_at)
				VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', gen_random_uuid(),
				        gen_random_uuid(), 'upi', 'razorpay', 100, :status, 'order_X', :reserved, :refunded, now())
				""";
		jdbc.sql(payment).param("status", "PENDING").param("reserved", 0).param("refunded", 0).update();
		assertThatException().as("a second open payment of the order")
			.isThrownBy(() -> jdbc.sql(payment)
				.param("status", "PROCESSING")
				.param("reserved", 0)
				.param("refunded", 0)
				.update());
		assertThatException().as("refunds above the amount")
			.isThrownBy(() -> jdbc.sql(payment)
				.param("status", "COMPLETED")
				.param("reserved", 100.01)
				.param("refunded", 0)
				.update());
		assertThatException().as("more refunded than reserved")
			.isThrownBy(() -> jdbc.sql(payment)
				.param("status", "COMPLETED")
				.param("reserved", 10)
				.param("refunded", 20)
				.update());
		assertThat(
				jdbc.sql(payment).param("status", "COMPLETED").param("reserved", 100).param("refunded", 100).update())
			.isOne();
		assertThatException().as("more owed than is left unrefunded").isThrownBy(() -> jdbc.sql("""
				INSERT INTO payments (id, order_id, customer_id, store_id, method, provider, amount, status,
				                      provider_order_id, refund_reserved, amount_refunded, refund_owed,
				                      refund_owed_since, initiated_at)
				VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', gen_random_uuid(),
				        gen_random_uuid(), 'upi', 'razorpay', 100, 'PARTIALLY_REFUNDED', 'order_X', 40, 40, 60.01,
				        now(), now())
				""").update());
		checkProviderPayments(jdbc);
		checkRefundKeys(jdbc);
		checkManualRefunds(jdbc);
	}

	/**
	 * Compensations refused before refunds owed were kept: what they were to give back is
	 * owed, less what refunds asked for since gave back.
	 */
	@Test
	void compensationsRefusedBeforeAreOwedLessWhatWasRefundedSince() {
		DataSource dataSource = EmptyDatabase.create("payment");
		Flyway.configure().dataSource(dataSource).target("4").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				INSERT INTO known_orders (order_id, order_number, customer_id, store_id, payment_method, total, status)
				VALUES ('00000000-0000-4000-8000-000000000002', 'ORD2', gen_random_uuid(), gen_random_uuid(), 'upi',
				        300, 'CANCELLED')
				""").update();
		String payment = """
				INSERT INTO payments (id, order_id, customer_id, store_id, method, provider, amount, status,
				                      provider_order_id, refund_reserved, amount_refunded, initiated_at)
				VALUES (:id::uuid, '00000000-0000-4000-8000-000000000002', gen_random_uuid(), gen_random_uuid(),
				        'upi', 'razorpay', 300, :status, 'order_Z', :refunded, :refunded, now())
				""";
		String refund = """
				INSERT INTO refunds (id, payment_id, order_id, store_id, amount, reason, status, kind, request_key,
				                     initiated_at, completed_at, failed_at)
				VALUES (gen_random_uuid(), :payment::uuid, gen_random_uuid(), gen_random_uuid(), :amount, 'Cancelled',
				        :status, :kind, :key, now() + (:initiatedAfter || ' minutes')::interval,
				        CASE WHEN :status = 'COMPLETED' THEN now() + (:completedAfter || ' minutes')::interval END,
				        CASE WHEN :status = 'FAILED' THEN now() END)
				""";
		// Refused, then partly refunded by hand; refunded in part before, then refused;
		// not refused; a refund asked for before the refusal and completed after it.
		Map<String, String> payments = Map.of("00000000-0000-4000-8000-0000000000b1", "100.00",
				"00000000-0000-4000-8000-0000000000b2", "50.00", "00000000-0000-4000-8000-0000000000b3", "0.00",
				"00000000-0000-4000-8000-0000000000b4", "100.00");
		payments.forEach((id, refunded) -> jdbc.sql(payment)
			.param("id", id)
			.param("status", "0.00".equals(refunded) ? "COMPLETED" : "PARTIALLY_REFUNDED")
			.param("refunded", new BigDecimal(refunded))
			.update());
		insertRefund(jdbc, refund, "00000000-0000-4000-8000-0000000000b1", "300", "FAILED", "COMPENSATION", 0, 0);
		insertRefund(jdbc, refund, "00000000-0000-4000-8000-0000000000b1", "100", "COMPLETED", "REQUESTED", 4, 5);
		insertRefund(jdbc, refund, "00000000-0000-4000-8000-0000000000b2", "50", "COMPLETED", "REQUESTED", -6, -5);
		insertRefund(jdbc, refund, "00000000-0000-4000-8000-0000000000b2", "250", "FAILED", "COMPENSATION", 0, 0);
		insertRefund(jdbc, refund, "00000000-0000-4000-8000-0000000000b4", "100", "COMPLETED", "REQUESTED", -1, 5);
		insertRefund(jdbc, refund, "00000000-0000-4000-8000-0000000000b4", "200", "FAILED", "COMPENSATION", 0, 0);

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(jdbc.sql("SELECT id::text, refund_owed FROM payments ORDER BY id")
			.query((rs, row) -> rs.getString(1).substring(34) + " " + rs.getBigDecimal(2))
			.list()).containsExactly("b1 200.00", "b2 250.00", "b3 0.00", "b4 200.00");
		assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE refund_owed_since IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private static void insertRefund(JdbcClient jdbc, String refund, String payment, String amount, String status,
			String kind, int initiatedAfter, int completedAfter) {
		jdbc.sql(refund)
			.param("initiatedAfter", String.valueOf(initiatedAfter))
			.param("payment", payment)
			.param("amount", new BigDecimal(amount))
			.param("status", status)
			.param("kind", kind)
			.param("key", kind.toLowerCase() + completedAfter)
			.param("completedAfter", String.valueOf(completedAfter))
			.update();
	}

	private void checkProviderPayments(JdbcClient jdbc) {
		String payment = """
				INSERT INTO payments (id, order_id, customer_id, store_id, method, provider, amount, status,
				                      provider_order_id, provider_payment_id, initiated_at)
				VALUES (:id::uuid, '00000000-0000-4000-8000-000000000001', gen_random_uuid(), gen_random_uuid(), 'upi',
				        'razorpay', 100, :status, 'order_Y', 'pay_Late', now())
				""";
		jdbc.sql(payment).param("id", "00000000-0000-4000-8000-0000000000a1").param("status", "FAILED").update();
		assertThat(jdbc.sql(payment)
			.param("id", "00000000-0000-4000-8000-0000000000a2")
			.param("status", "COMPLETED")
			.update()).as("the late capture of the attempt that failed").isOne();
		assertThatException().as("the same capture again")
			.isThrownBy(() -> jdbc.sql(payment)
				.param("id", "00000000-0000-4000-8000-0000000000a3")
				.param("status", "COMPLETED")
				.update());
	}

	/**
	 * A refund owed given back outside Razorpay: completed from the start, by someone,
	 * with no Razorpay refund, by bank transfer with a reference, in cash with or without
	 * one (or not said, as before staff said how, with one); once per payment and key.
	 */
	private void checkManualRefunds(JdbcClient jdbc) {
		String refund = """
				INSERT INTO refunds (id, payment_id, order_id, store_id, amount, reason, status, kind, request_key,
				                     requested_by, reference, provider_refund_id, settlement_method, initiated_at,
				                     completed_at)
				VALUES (gen_random_uuid(), '00000000-0000-4000-8000-0000000000a2', gen_random_uuid(),
				        gen_random_uuid(), 1, 'Owed', :status, :kind, :key, :by, :reference, :providerRefundId,
				        :settlementMethod, now(), now())
				""";
		Map<String, @Nullable Object> manual = new HashMap<>(Map.of("status", "COMPLETED", "kind", "MANUAL", "key",
				"settle-0001", "by", UUID.randomUUID(), "reference", "UTR 4029", "settlementMethod", "BANK_TRANSFER"));
		manual.put("providerRefundId", null);
		assertThat(insert(jdbc, refund, manual, Map.of())).isOne();
		assertThatException().as("the same key again")
			.isThrownBy(() -> insert(jdbc, refund, manual, Map.of("reference", "UTR 4030")));
		assertThat(insert(jdbc, refund, manual, Map.of("key", "settle-0002", "settlementMethod", "CASH"))).isOne();
		Map<String, @Nullable Object> unsaid = new HashMap<>(Map.of("key", "settle-0003"));
		unsaid.put("settlementMethod", null);
		assertThat(insert(jdbc, refund, manual, unsaid)).as("recorded before staff said how").isOne();
		Map<String, @Nullable Object> bareCash = new HashMap<>(
				Map.of("key", "settle-0005", "settlementMethod", "CASH"));
		bareCash.put("reference", null);
		assertThat(insert(jdbc, refund, manual, bareCash)).as("cash handed back without a note").isOne();
		bareCash.put("key", "settle-0006");
		bareCash.put("settlementMethod", null);
		assertThatException().as("a manual refund neither said how nor referenced")
			.isThrownBy(() -> insert(jdbc, refund, manual, bareCash));
		Map<String, @Nullable Object> staffRefund = new HashMap<>(
				Map.of("key", "settle-0004", "kind", "REQUESTED", "status", "PENDING"));
		staffRefund.put("reference", null);
		assertThatException().as("a settlement method on a staff refund")
			.isThrownBy(() -> insert(jdbc, refund, manual, staffRefund));
		staffRefund.put("settlementMethod", null);
		assertThat(insert(jdbc, refund, manual, staffRefund)).as("the same refund without it").isOne();
		Map<String, String> refused = Map.of("a manual refund without a reference", "reference",
				"a manual refund with a blank reference", "reference=  ", "a manual refund still pending",
				"status=PENDING", "a manual refund sent to Razorpay", "providerRefundId=rfnd_FP8QHiV938haTz",
				"a manual refund by nobody", "by", "a reference on a staff refund", "kind=REQUESTED",
				"a manual refund given back another way", "settlementMethod=ORIGINAL_METHOD");
		refused.forEach((why, change) -> {
			String[] member = change.split("=", 2);
			Map<String, @Nullable Object> changed = new HashMap<>();
			changed.put("key", "settle-" + UUID.randomUUID());
			changed.put(member[0], (member.length == 2) ? member[1] : null);
			assertThatException().as(why).isThrownBy(() -> insert(jdbc, refund, manual, changed));
		});
	}

	private static int insert(JdbcClient jdbc, String sql, Map<String, @Nullable Object> params,
			Map<String, @Nullable Object> changes) {
		Map<String, @Nullable Object> all = new HashMap<>(params);
		all.putAll(changes);
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		for (Map.Entry<String, @Nullable Object> param : all.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement.update();
	}

	private void checkRefundKeys(JdbcClient jdbc) {
		String refund = """
				INSERT INTO refunds (id, payment_id, order_id, store_id, amount, reason, status, kind, request_key,
				                     initiated_at)
				VALUES (gen_random_uuid(), '00000000-0000-4000-8000-0000000000a2', gen_random_uuid(),
				        gen_random_uuid(), 1, 'Goodwill', 'PENDING', :kind, 'compensation', now())
				""";
		jdbc.sql(refund).param("kind", "REQUESTED").update();
		assertThat(jdbc.sql(refund).param("kind", "COMPENSATION").update())
			.as("a staff refund under the key 'compensation' is not the compensation")
			.isOne();
		assertThatException().as("a second compensation")
			.isThrownBy(() -> jdbc.sql(refund).param("kind", "COMPENSATION").update());
		jdbc.sql("UPDATE refunds SET status = 'FAILED' WHERE kind = 'COMPENSATION'").update();
		assertThat(jdbc.sql(refund).param("kind", "COMPENSATION").update())
			.as("a compensation after one the provider refused")
			.isOne();
		assertThatException().as("a third compensation beside the live one")
			.isThrownBy(() -> jdbc.sql(refund).param("kind", "COMPENSATION").update());
		assertThatException().as("a staff key used twice")
			.isThrownBy(() -> jdbc.sql(refund).param("kind", "REQUESTED").update());
	}

}
