package com.jainshikanji.loyalty.points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.http.HttpMethod;

import com.jainshikanji.loyalty.LoyaltyServiceTest;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points expire oldest first: what lapsed and was not spent goes, once, however often the
 * job runs and on however many instances at once; points still valid stay.
 */
@LoyaltyServiceTest
class ExpiryTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PointsExpiry expiry;

	@Autowired
	Ledger ledger;

	@Test
	void lapsedPointsNotSpentExpireOnceOldestFirst() {
		UUID customer = UUID.randomUUID();
		credit(customer, 100);
		credit(customer, 50);
		redeem(customer, 30);
		lapse(customer, 100);

		this.expiry.run();
		this.expiry.run();

		// 30 of the oldest 100 were spent; the other 70 lapse; the 50 are still valid.
		assertThat(balance(customer)).isEqualTo(50);
		assertThat(entries(customer)).endsWith("expire:-70:50");

		lapse(customer, 50);
		this.expiry.run();
		this.expiry.run();

		assertThat(balance(customer)).isZero();
		assertThat(entries(customer)).filteredOn((entry) -> entry.startsWith("expire")).hasSize(2);
	}

	@Test
	void aCustomerWhoseLapsedPointsAreAccountedForIsNotPickedAgainUntilMoreLapse() {
		UUID expired = UUID.randomUUID();
		credit(expired, 100);
		credit(expired, 50);
		lapse(expired, 100);
		UUID spent = UUID.randomUUID();
		credit(spent, 100);
		credit(spent, 50);
		redeem(spent, 120);
		lapse(spent, 100);
		UUID spentEverything = UUID.randomUUID();
		credit(spentEverything, 100);
		redeem(spentEverything, 100);
		lapse(spentEverything, 100);

		assertThat(lapsed()).contains(expired, spent).doesNotContain(spentEverything);
		this.expiry.run();

		assertThat(lapsed()).doesNotContain(expired, spent, spentEverything);
		assertThat(balance(expired)).isEqualTo(50);
		// The 100 that lapsed were spent: nothing expired.
		assertThat(balance(spent)).isEqualTo(30);
		assertThat(entries(spent)).noneMatch((entry) -> entry.startsWith("expire"));

		lapse(expired, 50);
		assertThat(lapsed()).contains(expired).doesNotContain(spent);
		this.expiry.run();

		assertThat(balance(expired)).isZero();
		assertThat(lapsed()).doesNotContain(expired);
	}

	@Test
	void twoInstancesExpiringAtOnceTakeEachCustomersLapsedPointsOnce() throws Exception {
		List<UUID> customers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			UUID customer = UUID.randomUUID();
			credit(customer, 100);
			credit(customer, 50);
			lapse(customer, 100);
			customers.add(customer);
		}

		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Long>> instances = List.of(1, 2)
			.stream()
			.map((instance) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return this.expiry.run();
			}))
			.toList();
		CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get();

		assertThat(customers).allSatisfy((customer) -> {
			assertThat(balance(customer)).isEqualTo(50);
			assertThat(entries(customer)).filteredOn((entry) -> entry.startsWith("expire"))
				.containsExactly("expire:-100:50");
		});
	}

	private void credit(UUID customer, int points) {
		this.client.post()
			.uri("/api/v1/loyalty/earn")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.body(Map.of("customerId", customer, "points", points, "reason", "Test"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void redeem(UUID customer, int points) {
		this.client.method(HttpMethod.POST)
			.uri("/api/v1/loyalty/holds")
			.headers((headers) -> headers
				.setBearerAuth(TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of())))
			.body(Map.of("orderId", UUID.randomUUID(), "customerId", customer, "pointsToRedeem", points, "subtotal",
					1000, "deliveryFee", 0, "lines",
					List.of(Map.of("productId", UUID.randomUUID(), "unitPrice", 1000, "quantity", 1))))
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** Time passes for the customer's credit of these points: its validity ends. */
	private void lapse(UUID customer, int points) {
		this.jdbc.sql("""
				UPDATE loyalty_transactions SET expires_at = now() - interval '1 second'
				WHERE customer_id = :customer AND points = :points AND expires_at IS NOT NULL
				""").param("customer", customer).param("points", points).update();
	}

	private List<UUID> lapsed() {
		return this.ledger.customersWithLapsedCredits(Instant.now());
	}

	private long balance(UUID customer) {
		return this.jdbc.sql("SELECT balance FROM loyalty_accounts WHERE customer_id = :id")
			.param("id", customer)
			.query(Long.class)
			.single();
	}

	private List<String> entries(UUID customer) {
		return this.jdbc.sql("""
				SELECT type || ':' || points || ':' || balance_after FROM loyalty_transactions
				WHERE customer_id = :customer ORDER BY created_at
				""").param("customer", customer).query(String.class).list();
	}

}
