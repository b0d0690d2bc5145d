package com.jainshikanji.loyalty.checkout;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.loyalty.LoyaltyServiceTest;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hold whose order never came (neither confirmed nor cancelled within the hold TTL)
 * gives its points back, once; a younger hold stays. Once also when every replica of the
 * service runs the job at the same moment.
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

	@Test
	void twoInstancesReleasingLapsedHoldsAtOnceGiveEachCouponUseBackOnce() throws Exception {
		String code = campaign();
		List<UUID> lapsed = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			lapsed.add(hold(UUID.randomUUID(), code));
		}
		for (int i = 0; i < 3; i++) {
			hold(UUID.randomUUID(), code);
		}
		this.jdbc.sql("UPDATE order_holds SET created_at = now() - interval '3 hours' WHERE order_id IN (:ids)")
			.param("ids", lapsed)
			.update();

		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> instances = List.of(1, 2)
			.stream()
			.map((instance) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return this.lapsedHolds.run();
			}))
			.toList();
		CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get();

		assertThat(lapsed).allSatisfy((order) -> assertThat(status(order)).isEqualTo("RELEASED"));
		assertThat(this.jdbc.sql("SELECT current_usage FROM campaigns WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.single()).as("the three young holds' uses, each lapsed use given back once").isEqualTo(3);
	}

	private String campaign() {
		String code = "LAPSE" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Lapsed holds");
		body.put("code", code);
		body.put("type", "discount");
		body.put("discountType", "percentage");
		body.put("discountValue", 10);
		body.put("startDate", Instant.now().minus(1, ChronoUnit.DAYS));
		body.put("endDate", Instant.now().plus(30, ChronoUnit.DAYS));
		this.client.post()
			.uri("/api/v1/loyalty/campaigns")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated();
		return code;
	}

	/** A coupon-only hold (no points) of a new order of the customer. */
	private UUID hold(UUID customer, String code) {
		UUID order = UUID.randomUUID();
		this.client.post()
			.uri("/api/v1/loyalty/holds")
			.headers((headers) -> headers
				.setBearerAuth(TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of())))
			.body(Map.of("orderId", order, "customerId", customer, "couponCode", code, "pointsToRedeem", 0, "subtotal",
					1000, "deliveryFee", 0, "lines",
					List.of(Map.of("productId", UUID.randomUUID(), "unitPrice", 1000, "quantity", 1))))
			.exchange()
			.expectStatus()
			.isOk();
		return order;
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
