package com.jainshikanji.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.jainshikanji.systemtests.Gateway.Customer;
import com.jainshikanji.systemtests.Gateway.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The last units of a product at a store, wanted by far more buyers at once than there
 * are units: the stock is held by exactly as many orders as there are units, and
 * everybody else is told why they cannot have it.
 */
@LocalPlatformTest
// Late: its burst of registrations and orders should not be what other scenarios wait
// behind.
@Order(Integer.MAX_VALUE - 2)
class LastUnitsIT {

	private static final int UNITS = 5;

	private static final int BUYERS = 200;

	@Test
	void twoHundredConcurrentBuyersOfFiveUnitsMakeExactlyFiveOrdersAndEveryOtherBuyerGetsA409NamingTheItem(
			LocalPlatform platform, Gateway gateway) throws Exception {
		String name = "Last Five Shikanji " + UUID.randomUUID().toString().substring(0, 8);
		String product = new Backoffice(gateway).newProduct(name, 40, Demo.KALUPUR_STATION, UNITS);

		// Buyers are distinct customers (no per-customer rule interferes), each
		// registering from an address of its own: the gateway budgets anonymous calls per
		// client address, and believes X-Forwarded-For from the local proxy address it
		// trusts.
		List<Customer> buyers = registerBuyers(gateway);

		CountDownLatch start = new CountDownLatch(1);
		List<Response> answers = new ArrayList<>();
		List<Response> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Response>> placing = new ArrayList<>();
			for (Customer buyer : buyers) {
				placing.add(threads.submit(() -> {
					start.await();
					return gateway.placeOrder(
							Map.of("storeId", Demo.KALUPUR_STATION, "deliveryType", "pickup", "paymentMethod", "cod",
									"items", List.of(Map.of("productId", product, "quantity", 1))),
							buyer.token(), attempts);
				}));
			}
			start.countDown();
			for (Future<Response> answer : placing) {
				answers.add(answer.get());
			}
		}

		System.out.printf("[system-tests] %d buyers of %d units: %s in the end, %s over %d attempts (503s: %s)%n",
				BUYERS, UNITS, statuses(answers), statuses(attempts), attempts.size(),
				attempts.stream()
					.filter((attempt) -> attempt.status() == 503)
					.collect(Collectors.groupingBy(
							(attempt) -> attempt.problemType().substring(attempt.problemType().lastIndexOf('/') + 1),
							TreeMap::new, Collectors.counting())));
		// Overload may turn buyers away for a moment, always as a problem saying when to
		// come back (all of order-service's placement turns taken, or a service it calls
		// too slow); never as an error of the platform.
		assertThat(attempts).allSatisfy((attempt) -> {
			if (attempt.status() >= 500) {
				assertThat(attempt.status()).as(attempt.body()).isEqualTo(503);
				assertThat(attempt.problemType()).matches(".*/(placements-busy|service-unavailable)");
				assertThat(attempt.header("Retry-After")).isNotNull();
			}
		});
		List<Response> placed = answers.stream().filter((answer) -> answer.status() == 201).toList();
		assertThat(placed).as("orders placed (answers: %s)", statuses(answers)).hasSize(UNITS);
		for (Response refused : answers.stream().filter((answer) -> answer.status() != 201).toList()) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(409);
			assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(refused.problemType()).as(refused.body()).endsWith("/insufficient-stock");
			JsonNode shortage = refused.json().path("shortages").path(0);
			assertThat(shortage.path("productId").asString()).as(refused.body()).isEqualTo(product);
			assertThat(shortage.path("productName").asString()).isEqualTo(name);
			assertThat(refused.json().path("detail").asString()).contains(name);
		}

		// Afterwards, in the services' own data: the five orders hold the five units, and
		// no change of the stock ever took it below zero or reserved more than there was.
		List<String> orderIds = placed.stream().map((answer) -> answer.json().path("id").asString()).toList();
		Database orders = platform.database("orders");
		assertThat(orders.rows("SELECT o.id::text AS id FROM orders o JOIN order_items i ON i.order_id = o.id "
				+ "WHERE i.product_id = ?::uuid", product))
			.extracting((row) -> row.get("id"))
			.containsExactlyInAnyOrderElementsOf(orderIds);
		Database inventory = platform.database("inventory");
		assertThat(
				inventory.rows(
						"SELECT r.order_id::text AS id, l.quantity FROM reservations r "
								+ "JOIN reservation_lines l ON l.reservation_id = r.id WHERE l.product_id = ?::uuid",
						product))
			.extracting((row) -> row.get("id"))
			.containsExactlyInAnyOrderElementsOf(orderIds);
		List<Map<String, Object>> changes = inventory
			.rows("SELECT reason, stock_after, reserved_after FROM stock_adjustments WHERE store_id = ?::uuid "
					+ "AND product_id = ?::uuid ORDER BY id", Demo.KALUPUR_STATION, product);
		assertThat(changes).allSatisfy((change) -> {
			assertThat((Integer) change.get("stock_after")).as("stock after %s", change).isNotNegative();
			assertThat((Integer) change.get("reserved_after")).as("reserved after %s", change)
				.isBetween(0, (Integer) change.get("stock_after"));
		});
		assertThat(changes).filteredOn((change) -> "RESERVED".equals(change.get("reason"))).hasSize(UNITS);
		// Cash orders are confirmed at once: their units are sold, none is left or held.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(inventory.rows(
					"SELECT current_stock, reserved FROM inventory WHERE store_id = ?::uuid AND product_id = ?::uuid",
					Demo.KALUPUR_STATION, product))
				.containsExactly(Map.of("current_stock", 0, "reserved", 0)));
		assertThat(inventory.count(
				"SELECT count(*) FROM reservations r JOIN reservation_lines l "
						+ "ON l.reservation_id = r.id WHERE l.product_id = ?::uuid AND r.status = 'COMMITTED'",
				product))
			.isEqualTo(UNITS);
	}

	private static Map<Integer, Long> statuses(List<Response> answers) {
		synchronized (answers) {
			return answers.stream()
				.collect(Collectors.groupingBy(Response::status, java.util.TreeMap::new, Collectors.counting()));
		}
	}

	private static List<Customer> registerBuyers(Gateway gateway) throws Exception {
		// A few at a time: registration hashes a password, and the machine is small.
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			List<Future<Customer>> registering = IntStream.range(0, BUYERS)
				.mapToObj((i) -> threads
					.submit(() -> gateway.register("Buyer", "X-Forwarded-For", "198.51.100." + (i + 1))))
				.toList();
			List<Customer> buyers = new ArrayList<>();
			for (Future<Customer> buyer : registering) {
				buyers.add(buyer.get());
			}
			return buyers;
		}
	}

}
