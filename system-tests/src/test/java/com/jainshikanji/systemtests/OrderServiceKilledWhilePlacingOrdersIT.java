package com.jainshikanji.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the order service (both its instances) while 300 orders (cash on delivery
 * and online) are being placed, then started again: apps retry with their
 * Idempotency-Key, as they should. The platform's inventory service runs with a short
 * reservation TTL ({@link LocalPlatform#RESERVATION_TTL}), so that what a killed
 * placement left reserved must have gone back by the end.
 */
@LocalPlatformTest
@Tag(LocalPlatformTest.FAULT_DRILL)
@Order(100)
class OrderServiceKilledWhilePlacingOrdersIT {

	private static final Duration RESERVATION_TTL = LocalPlatform.RESERVATION_TTL;

	private static final int ORDERS = 300;

	/**
	 * Apps placing (and paying) at once: twice order-service's placement turns, so that
	 * some always wait for one when the service is killed.
	 */
	private static final int APPS = 16;

	/** Confirmed orders handed over afterwards, half cash, half online. */
	private static final int HANDED_OVER = 20;

	private static final List<String> ORDER_SERVICE = List.of("order-service", "order-service-2");

	@Test
	void everyAcknowledgedOrderExistsOnceWithOneCommittedReservationPaymentConfirmationEmailAndPointsAwardAndNothingHalfPlacedStaysReserved(
			LocalPlatform platform) throws Exception {
		OrderDrill drill = new OrderDrill(platform);
		drill.restock(ORDERS + 50);

		// The drill's rows are those written from here on, by PostgreSQL's clock (the
		// services on this machine share it): no margin, so an order an earlier test
		// placed on the same platform just before is not counted as the drill's.
		Object since = platform.database("orders").single("SELECT now()");
		long started = System.nanoTime();
		AtomicInteger acknowledged = new AtomicInteger();
		List<OrderDrill.Placement> placements = Collections.synchronizedList(new ArrayList<>());
		Map<String, Integer> payAttempts = new java.util.concurrent.ConcurrentSkipListMap<>();
		Set<String> paidOnline = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.concurrent.atomic.AtomicLong lastPaid = new java.util.concurrent.atomic.AtomicLong();
		Duration restart;
		long backAt;
		try (ExecutorService apps = Executors.newFixedThreadPool(APPS)) {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < ORDERS; i++) {
				String method = (i % 2 == 0) ? "cod" : "upi";
				work.add(apps.submit(() -> {
					OrderDrill.Placement placement = drill.place(method, Duration.ofMinutes(4));
					placements.add(placement);
					if (placement.acknowledged()) {
						acknowledged.incrementAndGet();
						if (!method.equals("cod")) {
							String payment = drill.pay(placement.orderId());
							payAttempts.merge(payment, 1, Integer::sum);
							if (payment.equals("verified")) {
								paidOnline.add(placement.orderId());
								lastPaid.accumulateAndGet(System.nanoTime(), Math::max);
							}
						}
					}
				}));
			}
			while (acknowledged.get() < ORDERS / 3 && !work.stream().allMatch(Future::isDone)) {
				Thread.sleep(100);
			}
			// Both instances: the whole service goes, not one replica the gateway could
			// route around.
			List<Long> pids = ORDER_SERVICE.stream()
				.map((instance) -> PlatformControl.process(instance).path("pid").asLong())
				.toList();
			long killed = System.nanoTime();
			ORDER_SERVICE.forEach(PlatformControl::kill);
			assertThat(pids).as("order-service's instances after kill -9")
				.allSatisfy((pid) -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
			// One instance after the other, as a rollout brings replicas back: the first
			// serves while the second starts.
			PlatformControl.start("order-service");
			backAt = System.nanoTime();
			PlatformControl.start("order-service-2");
			restart = Duration.ofNanos(backAt - killed);
			for (Future<?> placement : work) {
				placement.get();
			}
		}
		Duration placing = Duration.ofNanos(System.nanoTime() - started);

		List<OrderDrill.Placement> acked = placements.stream().filter(OrderDrill.Placement::acknowledged).toList();
		long retried = placements.stream().filter((placement) -> placement.answers().size() > 1).count();
		System.out.printf(
				"[fault] order-service kill -9: %d orders placed in %.1f s, %d acknowledged, %d needed retries, "
						+ "down for %.1f s (kill to ready)%n",
				placements.size(), placing.toMillis() / 1e3, acked.size(), retried, restart.toMillis() / 1e3);
		assertThat(placements).hasSize(ORDERS);
		assertThat(placements).as("every placement got a real answer in the end")
			.allSatisfy(
					(placement) -> assertThat(placement.acknowledged()).as(placement.answers().toString()).isTrue());

		Database orders = platform.database("orders");
		Map<String, String> statuses = new java.util.HashMap<>();
		orders.rows("SELECT id::text AS id, status FROM orders WHERE created_at >= ?", since)
			.forEach((row) -> statuses.put((String) row.get("id"), (String) row.get("status")));
		assertThat(acked).as("acknowledged orders stored")
			.allSatisfy((placement) -> assertThat(statuses).containsKey(placement.orderId()));
		assertThat(orders.count("""
				SELECT count(*) FROM orders
				WHERE customer_id = 'c0000000-0000-4000-8000-000000000003' AND created_at >= ?""", since))
			.as("the demo customer's orders since the drill began: one per acknowledged placement, none twice")
			.isEqualTo(acked.size());

		// Online orders are confirmed once their payment arrives through Kafka: every
		// payment the app saw verified, however close to the kill, confirms its order
		// once order-service's consumers have their partitions back (the killed
		// instance's members keep them until their sessions time out).
		drill.awaitOutboxesDrained(Duration.ofMinutes(2));
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			statuses.clear();
			orders.rows("SELECT id::text AS id, status FROM orders WHERE created_at >= ?", since)
				.forEach((row) -> statuses.put((String) row.get("id"), (String) row.get("status")));
			assertThat(paidOnline).as("orders whose payment was verified, confirmed")
				.allSatisfy((id) -> assertThat(statuses.get(id)).as(id).isEqualToIgnoringCase("confirmed"));
		});
		System.out.printf(
				"[fault] every order paid online confirmed %.1f s after the last payment was verified "
						+ "(order-service back %.1f s before that payment)%n",
				(System.nanoTime() - lastPaid.get()) / 1e9, (lastPaid.get() - backAt) / 1e9);
		List<String> confirmed = acked.stream()
			.map(OrderDrill.Placement::orderId)
			.filter((id) -> "confirmed".equalsIgnoreCase(statuses.get(id)))
			.toList();
		// A confirmation commits the order's reservation through Kafka in turn.
		Database inventory = platform.database("inventory");
		Database payment = platform.database("payment");
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			Map<String, List<String>> reservations = new java.util.HashMap<>();
			inventory.rows("SELECT order_id::text AS order_id, status FROM reservations WHERE created_at >= ?", since)
				.forEach((row) -> reservations.computeIfAbsent((String) row.get("order_id"), (id) -> new ArrayList<>())
					.add((String) row.get("status")));
			Map<String, Long> payments = new java.util.HashMap<>();
			payment
				.rows("SELECT order_id::text AS order_id, count(*) AS payments FROM payments WHERE created_at >= ?"
						+ " GROUP BY order_id", since)
				.forEach((row) -> payments.put((String) row.get("order_id"),
						((Number) row.get("payments")).longValue()));
			assertThat(confirmed).as("confirmed orders").allSatisfy((id) -> {
				assertThat(reservations.get(id)).as("reservations of confirmed order %s", id)
					.containsExactly("COMMITTED");
				assertThat(payments.get(id)).as("payments of confirmed order %s", id).isEqualTo(1);
			});
		});
		long online = acked.stream().filter((placement) -> !placement.paymentMethod().equals("cod")).count();
		System.out.printf("[fault] %d of %d acknowledged orders confirmed (%d of them paid online)%n", confirmed.size(),
				acked.size(), confirmed.size() - (acked.size() - online));
		System.out.printf("[fault] the app's payments of online orders: %s%n", payAttempts);
		assertThat(payAttempts.getOrDefault("verified", 0)).as("online orders paid, of %s", payAttempts)
			.isGreaterThanOrEqualTo(ORDERS / 4);
		assertThat(confirmed).as("cash-on-delivery orders are confirmed at once")
			.hasSizeGreaterThanOrEqualTo(ORDERS / 2);

		// One confirmation email per confirmed order, however often its placement was
		// retried or its events re-sent after the kill.
		Database notification = platform.database("notification");
		Map<String, Long> emails = new java.util.HashMap<>();
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			emails.clear();
			notification
				.rows("SELECT variables->>'orderId' AS order_id, count(*) AS emails FROM deliveries "
						+ "WHERE kind = 'ORDER_CONFIRMED' AND channel = 'EMAIL' AND created_at >= ? "
						+ "GROUP BY variables->>'orderId'", since)
				.forEach((row) -> emails.put((String) row.get("order_id"), ((Number) row.get("emails")).longValue()));
			assertThat(confirmed).as("confirmed orders")
				.allSatisfy((id) -> assertThat(emails.get(id)).as("confirmation emails of order %s", id).isEqualTo(1));
		});

		// Points are earned at hand-over: a sample of the confirmed orders, cash and
		// online alike, is handed over, and each earns its points once.
		List<OrderDrill.Placement> handedOver = new ArrayList<>();
		for (String method : List.of("cod", "upi")) {
			acked.stream()
				.filter((placement) -> placement.paymentMethod().equals(method)
						&& confirmed.contains(placement.orderId()))
				.limit(HANDED_OVER / 2)
				.forEach(handedOver::add);
		}
		handedOver.forEach((placement) -> drill.handOver(placement.orderId(), placement.paymentMethod().equals("cod")));
		Database loyalty = platform.database("loyalty");
		await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(handedOver).allSatisfy((placement) -> {
			assertThat(loyalty.count(
					"SELECT count(*) FROM loyalty_transactions WHERE order_id = ?::uuid AND type = 'earn'",
					placement.orderId()))
				.as("points awards of order %s", placement.orderId())
				.isEqualTo(1);
		}));
		Thread.sleep(3000);
		assertThat(loyalty.count("""
				SELECT count(*) FROM (SELECT order_id FROM loyalty_transactions WHERE type = 'earn' AND created_at >= ?
				                      GROUP BY order_id HAVING count(*) > 1) twice
				""", since)).as("orders that earned points twice").isZero();
		assertThat(loyalty
			.count("SELECT count(*) FROM loyalty_transactions WHERE type = 'reversal' AND created_at >= ?", since))
			.as("points taken back (nothing was refunded)")
			.isZero();

		// What a killed placement reserved and never stored goes back after the TTL.
		long expiring = System.nanoTime();
		long deadline = expiring + RESERVATION_TTL.plusSeconds(30).toNanos();
		while (!drill.orphanReservations().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(1000);
		}
		assertThat(drill.orphanReservations()).as("stock held for orders that do not exist").isEmpty();
		System.out.printf("[fault] orphan reservations gone %.1f s after the load%n",
				(System.nanoTime() - expiring) / 1e9);
		assertThat(inventory.count(
				"SELECT count(*) FROM reservations WHERE status = 'HELD' AND expires_at < now() - interval '10 seconds'"))
			.as("reservations past their TTL still holding stock")
			.isZero();
		assertThat(inventory
			.count("""
					SELECT count(*) FROM inventory i
					WHERE i.reserved <> (SELECT coalesce(sum(l.quantity), 0) FROM reservation_lines l
					                     JOIN reservations r ON r.id = l.reservation_id
					                     WHERE r.status = 'HELD' AND r.store_id = i.store_id AND l.product_id = i.product_id)
					"""))
			.as("rows whose reserved count differs from their HELD reservations")
			.isZero();
	}

}
