package com.jainshikanji.loyalty;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; and the database itself refuses a negative balance, an order earning
 * twice, and coupon uses beyond the limit or twice for one order.
 */
class MigrationTests extends MigrationContract {

	MigrationTests() {
		super("loyalty", PlatformSchemas::migrate, "public.loyalty_accounts", "public.loyalty_transactions",
				"public.campaigns", "public.campaign_usage", "public.order_holds", "public.refunded_orders",
				"public.rewards", "public.order_earnings", "public.order_refunds", "public.confirmed_orders");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		UUID customer = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		jdbc.sql("INSERT INTO loyalty_accounts (customer_id, balance) VALUES (:id, 10)").param("id", customer).update();
		assertThatException().as("a negative balance")
			.isThrownBy(() -> jdbc.sql("UPDATE loyalty_accounts SET balance = -1 WHERE customer_id = :id")
				.param("id", customer)
				.update());
		String entry = """
				INSERT INTO loyalty_transactions (id, customer_id, type, points, order_id, balance_after)
				VALUES (gen_random_uuid(), :customer, :type, :points, :order, :after)
				""";
		jdbc.sql(entry)
			.param("customer", customer)
			.param("type", "earn")
			.param("points", 10)
			.param("order", order)
			.param("after", 10)
			.update();
		assertThatException().as("an order earning twice")
			.isThrownBy(() -> jdbc.sql(entry)
				.param("customer", customer)
				.param("type", "earn")
				.param("points", 10)
				.param("order", order)
				.param("after", 20)
				.update());
		assertThatException().as("a negative balance after")
			.isThrownBy(() -> jdbc.sql(entry)
				.param("customer", customer)
				.param("type", "redeem")
				.param("points", -11)
				.param("order", UUID.randomUUID())
				.param("after", -1)
				.update());
		UUID campaign = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO campaigns (id, name, code, type, discount_type, usage_limit, current_usage, start_date,
				                       end_date)
				VALUES (:id, 'Test', 'TEST10', 'discount', 'percentage', 1, 1, now(), now() + interval '1 day')
				""").param("id", campaign).update();
		assertThatException().as("uses beyond the limit")
			.isThrownBy(() -> jdbc.sql("UPDATE campaigns SET current_usage = 2 WHERE id = :id")
				.param("id", campaign)
				.update());
		String usage = """
				INSERT INTO campaign_usage (id, campaign_id, customer_id, order_id, discount_applied, status)
				VALUES (gen_random_uuid(), :campaign, :customer, :order, 10, 'RESERVED')
				""";
		jdbc.sql(usage).param("campaign", campaign).param("customer", customer).param("order", order).update();
		assertThatException().as("a second use of the campaign by one order")
			.isThrownBy(() -> jdbc.sql(usage)
				.param("campaign", campaign)
				.param("customer", customer)
				.param("order", order)
				.update());
		assertThat(jdbc.sql("SELECT count(*) FROM campaign_usage").query(Long.class).single()).isOne();
	}

	/**
	 * The demo customer's balance is what her ledger adds up to, and both demo coupons
	 * are open.
	 */
	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		assertThat(jdbc.sql("""
				SELECT a.balance = (SELECT sum(points) FROM loyalty_transactions t WHERE t.customer_id = a.customer_id)
				   AND a.balance = (SELECT balance_after FROM loyalty_transactions t WHERE t.customer_id = a.customer_id
				                    ORDER BY created_at DESC LIMIT 1)
				FROM loyalty_accounts a WHERE customer_id = 'c0000000-0000-4000-8000-000000000003'
				""").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM campaigns WHERE is_active AND now() BETWEEN start_date AND end_date")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
