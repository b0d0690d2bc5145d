package com.jainshikanji.order.placement;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.order.OrderServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys are kept 24 hours, then forgotten by the cleanup job. */
@OrderServiceTest
class IdempotencyKeyCleanupTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyKeyCleanup cleanup;

	@Test
	void keysOlderThanADayAreForgottenAndNewerOnesKept() {
		UUID customer = UUID.randomUUID();
		key(customer, "yesterday-morning", "25 hours");
		key(customer, "this-morning", "23 hours");

		this.cleanup.run();

		assertThat(this.jdbc.sql("SELECT idempotency_key FROM idempotency_keys WHERE customer_id = :customer")
			.param("customer", customer)
			.query(String.class)
			.list()).containsExactly("this-morning");
	}

	private void key(UUID customer, String key, String age) {
		this.jdbc.sql("""
				INSERT INTO idempotency_keys (customer_id, idempotency_key, request_hash, order_id, attempt_id, state,
				    locked_until, response_status, response_body, created_at, updated_at)
				VALUES (:customer, :key, repeat('a', 64), gen_random_uuid(), gen_random_uuid(), 'completed',
				    now() - CAST(:age AS interval), 201, '{}', now() - CAST(:age AS interval), now())
				""").param("customer", customer).param("key", key).param("age", age).update();
	}

}
