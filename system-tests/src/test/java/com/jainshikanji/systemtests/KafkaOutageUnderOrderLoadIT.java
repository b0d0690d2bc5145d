package com.jainshikanji.systemtests;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka away for 30 s while orders keep coming (stopped cleanly, and separately killed
 * with SIGKILL): orders are still taken, every event reaches every consumer once it is
 * back, none is applied twice, and every outbox drains; how long draining took is
 * printed.
 */
@LocalPlatformTest
@Tag(LocalPlatformTest.FAULT_DRILL)
@Order(101)
class KafkaOutageUnderOrderLoadIT {

	private static final String DEMO_CUSTOMER_ORDERS = "SELECT count(*) FROM orders"
			+ " WHERE customer_id = 'c0000000-0000-4000-8000-000000000003'";

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	@Test
	void nothingIsLostOrAppliedTwiceAndTheOutboxesDrainWhenKafkaIsStoppedCleanlyUnderLoad(LocalPlatform platform)
			throws Exception {
		outage(platform, "stopped (SIGTERM)", () -> PlatformControl.stop("kafka"));
	}

	@Test
	void nothingIsLostOrAppliedTwiceAndTheOutboxesDrainWhenKafkaIsKilledUnderLoad(LocalPlatform platform)
			throws Exception {
		outage(platform, "killed (SIGKILL)", () -> PlatformControl.kill("kafka"));
	}

	private static void outage(LocalPlatform platform, String how, Runnable takeKafkaAway) throws Exception {
		OrderDrill drill = new OrderDrill(platform);
		drill.restock(400);
		drill.awaitOutboxesDrained(Duration.ofMinutes(1));
		Timestamp since = Timestamp.from(Instant.now().minusSeconds(1));
		// Counted before and after, not read from a moment on: the previous drill's last
		// orders can be younger than the second of slack given to that moment.
		Database orders = platform.database("orders");
		long ordersBefore = orders.count(DEMO_CUSTOMER_ORDERS);
		AtomicBoolean loading = new AtomicBoolean(true);
		List<OrderDrill.Placement> placements = Collections.synchronizedList(new ArrayList<>());
		Duration drained;
		long backlogAtRestart;
		// A steady trickle (two apps, an order each every half second or so): what the
		// consumers must catch up with afterwards stays within reach of a busy 2-core
		// machine.
		try (ExecutorService apps = Executors.newFixedThreadPool(2)) {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				work.add(apps.submit(() -> {
					while (loading.get()) {
						placements.add(drill.place("cod", Duration.ofMinutes(2)));
						OrderDrill.sleep(Duration.ofMillis(500));
					}
				}));
			}
			try {
				Thread.sleep(5000);
				takeKafkaAway.run();
				assertThat(PlatformControl.process("kafka").path("state").asString()).isEqualTo("stopped");
				Thread.sleep(OUTAGE.toMillis());
				backlogAtRestart = drill.outboxBacklog();
				long restarting = System.nanoTime();
				PlatformControl.start("kafka");
				Duration kafkaStart = Duration.ofNanos(System.nanoTime() - restarting);
				drained = drill.awaitOutboxesDrained(Duration.ofMinutes(3)).plus(kafkaStart);
				Thread.sleep(5000);
			}
			finally {
				loading.set(false);
			}
			for (Future<?> worker : work) {
				worker.get();
			}
		}
		List<OrderDrill.Placement> acked = placements.stream().filter(OrderDrill.Placement::acknowledged).toList();
		drill.awaitOutboxesDrained(Duration.ofMinutes(1));
		System.out.printf(
				"[fault] Kafka %s for %d s under load: %d orders placed, %d acknowledged; "
						+ "%d events waiting at restart, outboxes drained %.1f s after the restart began%n",
				how, OUTAGE.toSeconds(), placements.size(), acked.size(), backlogAtRestart, drained.toMillis() / 1e3);
		assertThat(acked).as("orders are taken while Kafka is away").hasSizeGreaterThan(10);
		assertThat(placements).allSatisfy((placement) -> assertThat(placement.acknowledged())
			.as("%s answered %s", placement.key(), placement.answers())
			.isTrue());

		// Every consumer of OrderCreated/OrderConfirmed saw every acknowledged order.
		Database payment = platform.database("payment");
		Database analytics = platform.database("analytics");
		Database notification = platform.database("notification");
		long catchingUp = System.nanoTime();
		long deadline = catchingUp + Duration.ofMinutes(4).toNanos();
		List<String> missing = missing(acked, payment, analytics, notification);
		while (!missing.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(1000);
			missing = missing(acked, payment, analytics, notification);
		}
		assertThat(missing).as("orders a consumer never heard of").isEmpty();
		System.out.printf("[fault] every consumer had every order %.1f s after the outboxes drained%n",
				(System.nanoTime() - catchingUp) / 1e9);

		// Nothing applied twice: one payment per order, one delivery per notification.
		assertThat(payment.count("""
				SELECT count(*) FROM (SELECT order_id FROM payments p JOIN known_orders k USING (order_id)
				                      WHERE k.created_at >= ? GROUP BY order_id HAVING count(*) > 1) twice
				""", since)).as("orders with two payments").isZero();
		assertThat(notification.count("""
				SELECT count(*) FROM (SELECT source_id FROM deliveries WHERE created_at >= ?
				                      GROUP BY source_id, recipient_id, channel, kind HAVING count(*) > 1) twice
				""", since)).as("notifications delivered twice").isZero();
		assertThat(orders.count(DEMO_CUSTOMER_ORDERS) - ordersBefore)
			.as("orders stored: one per acknowledged placement")
			.isEqualTo(acked.size());
	}

	private static List<String> missing(List<OrderDrill.Placement> acked, Database payment, Database analytics,
			Database notification) {
		java.util.Set<String> paymentKnows = ids(payment, "SELECT order_id::text AS id FROM known_orders");
		java.util.Set<String> analyticsKnows = ids(analytics, "SELECT order_id::text AS id FROM order_facts");
		java.util.Set<String> notificationKnows = ids(notification, "SELECT order_id::text AS id FROM orders");
		List<String> missing = new ArrayList<>();
		for (OrderDrill.Placement placement : acked) {
			String id = placement.orderId();
			if (!paymentKnows.contains(id)) {
				missing.add("payment-service: " + id);
			}
			if (!analyticsKnows.contains(id)) {
				missing.add("analytics-service: " + id);
			}
			if (!notificationKnows.contains(id)) {
				missing.add("notification-service: " + id);
			}
		}
		return missing;
	}

	private static java.util.Set<String> ids(Database database, String sql) {
		java.util.Set<String> ids = new java.util.HashSet<>();
		database.rows(sql).forEach((row) -> ids.add((String) row.get("id")));
		return ids;
	}

}
