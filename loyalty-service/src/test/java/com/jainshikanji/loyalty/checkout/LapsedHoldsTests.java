package com.jainshikanji.loyalty.checkout;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.loyalty.LoyaltyServiceTest;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hold whose order never came (neither confirmed nor cancelled within the hold TTL)
 * gives its points back, once; a younger hold stays.
 */
@LoyaltyServiceTest
class LapsedHoldsTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LapsedHolds lapsedHolds;

	@Test
	void aHoldWhoseOrderNeverCameGoesBackOnceAndAYoungOneStays() {
		UUID customer = UUID.randomUUID();
		this.client.post()
			.uri("/api/v1/loyalty/earn")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.body(Map.of("customerId", customer, "points", 100, "reason", "Test"))
			.exchange()
			.expectStatus()
			.isOk();
		UUID old = hold(customer, 60);
		UUID young = hold(customer, 40);
		this.jdbc.sql("UPDATE order_holds SET created_at = now() - interval '3 hours' WHERE order_id = :id")
			.param("id", old)
			.update();

		this.lapsedHolds.run();
		this.lapsedHolds.run();

		assertThat(status(old)).isEqualTo("RELEASED");
		assertThat(status(young)).isEqualTo("HELD");
		assertThat(this.jdbc.sql("SELECT balance FROM loyalty_accounts WHERE customer_id = :id")
			.param("id", customer)
			.query(Long.class)
			.single()).isEqualTo(60);
	}

	private UUID hold(UUID customer, int points) {
		UUID order = UUID.randomUUID();
		this.client.post()
			.uri("/api/v1/loyalty/holds")
			.headers((headers) -> headers
				.setBearerAuth(TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of())))
			.body(Map.of("orderId", order, "customerId", customer, "pointsToRedeem", points, "subtotal", 1000,
					"deliveryFee", 0, "lines",
					List.of(Map.of("productId", UUID.randomUUID(), "unitPrice", 1000, "quantity", 1))))
			.exchange()
			.expectStatus()
			.isOk();
		return order;
	}

	private String status(UUID order) {
		return this.jdbc.sql("SELECT status FROM order_holds WHERE order_id = :id")
			.param("id", order)
			.query(String.class)
			.single();
	}

}
