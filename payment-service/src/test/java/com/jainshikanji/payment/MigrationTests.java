package com.jainshikanji.payment;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; and the database itself refuses refunds beyond the captured amount, a
 * second open payment for an order, a Razorpay payment recorded twice (but for the
 * attempt that failed), and a second compensation of a payment.
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
		checkProviderPayments(jdbc);
		checkRefundKeys(jdbc);
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
		assertThatException().as("a staff key used twice")
			.isThrownBy(() -> jdbc.sql(refund).param("kind", "REQUESTED").update());
	}

}
