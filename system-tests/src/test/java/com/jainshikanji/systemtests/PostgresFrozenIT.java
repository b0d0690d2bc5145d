package com.jainshikanji.systemtests;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL frozen (SIGSTOP, its open connections included) for 20 s while customers
 * order and read their orders: every request gets a prompt answer (a 503 problem while
 * the database is away), and once it is back the platform serves again by itself, with no
 * order stored half.
 */
@LocalPlatformTest
@Tag(LocalPlatformTest.FAULT_DRILL)
@Order(102)
class PostgresFrozenIT {

	private static final Duration FROZEN = Duration.ofSeconds(20);

	/**
	 * Hikari's wait for a connection plus a JDBC socket timeout, and the gateway's hop.
	 */
	private static final Duration PROMPT = Duration.ofSeconds(10);

	@Test
	void requestsFailFastWith503ProblemsWhilePostgresIsFrozenAndThePlatformRecoversWithNoHalfWrittenOrder(
			LocalPlatform platform) throws Exception {
		Gateway gateway = platform.gateway();
		String customer = gateway.login("customer@jainshikanji.local", "demo-customer-pass");
		OrderDrill drill = new OrderDrill(platform);
		drill.restock(200);
		Timestamp since = Timestamp.from(Instant.now().minusSeconds(1));
		String order = """
				{"storeId": "%s", "deliveryType": "pickup", "paymentMethod": "cod",
				 "items": [{"productId": "%s", "quantity": 1,
				            "selectedOptionIds": ["db7ed1e2-01fd-fb30-b01d-4efacf7cd9a7", "c81be78f-f07c-5741-5f25-7ee057823929"]}]}
				"""
			.formatted(OrderDrill.KALUPUR_STATION, OrderDrill.CLASSIC);

		AtomicBoolean frozen = new AtomicBoolean();
		AtomicBoolean loading = new AtomicBoolean(true);
		List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService apps = Executors.newFixedThreadPool(6)) {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				boolean orders = i < 3;
				work.add(apps.submit(() -> {
					while (loading.get()) {
						boolean during = frozen.get();
						long started = System.nanoTime();
						Gateway.Response response;
						try {
							response = orders
									? gateway.post("/api/v1/orders", order, customer, "Idempotency-Key",
											"frozen-" + UUID.randomUUID())
									: gateway.get("/api/v1/orders?size=5", customer);
						}
						catch (RuntimeException ex) {
							response = new Gateway.Response(-1, java.util.Map.of(), ex.toString());
						}
						answers.add(new Answer(during || frozen.get(), response,
								Duration.ofNanos(System.nanoTime() - started)));
						OrderDrill.sleep(Duration.ofMillis(250));
					}
				}));
			}
			try {
				Thread.sleep(3000);
				PlatformControl.pause("postgres");
				frozen.set(true);
				try {
					Thread.sleep(FROZEN.toMillis());
				}
				finally {
					frozen.set(false);
					PlatformControl.resume("postgres");
				}
				Thread.sleep(2000);
			}
			finally {
				loading.set(false);
			}
			for (Future<?> worker : work) {
				worker.get();
			}
		}

		List<Answer> duringFreeze = answers.stream().filter(Answer::frozen).toList();
		Duration slowest = duringFreeze.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
		long unavailable = duringFreeze.stream().filter((answer) -> answer.response().status() == 503).count();
		System.out.printf("[fault] PostgreSQL frozen %d s: %d requests while frozen, %d answered 503, slowest %d ms%n",
				FROZEN.toSeconds(), duringFreeze.size(), unavailable, slowest.toMillis());
		assertThat(duringFreeze).as("requests made while the database was frozen").hasSizeGreaterThan(10);
		assertThat(duringFreeze).allSatisfy((answer) -> {
			assertThat(answer.took()).as("%s", answer.response()).isLessThan(PROMPT);
			assertThat(answer.response().status()).as("%s", answer.response()).isIn(200, 201, 503);
			if (answer.response().status() == 503) {
				assertThat(answer.response().header("Content-Type")).startsWith("application/problem+json");
				assertThat(answer.response().problemType()).endsWith("/service-unavailable");
			}
		});
		assertThat(unavailable).as("requests refused while frozen").isPositive();
		assertThat(answers).as("no request failed with a server error or hung")
			.noneSatisfy((answer) -> assertThat(answer.response().status()).isIn(-1, 500, 502, 504));

		// It serves again by itself.
		long resumed = System.nanoTime();
		OrderDrill.Placement after = drill.place("cod", Duration.ofMinutes(2));
		assertThat(after.acknowledged()).as("an order after the freeze: %s", after.answers()).isTrue();
		System.out.printf("[fault] first order accepted %.1f s after PostgreSQL resumed (answers %s)%n",
				(System.nanoTime() - resumed) / 1e9, after.answers());

		Database orders = platform.database("orders");
		assertThat(orders.count("""
				SELECT count(*) FROM orders o WHERE o.created_at >= ?
				AND (NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)
				     OR NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.order_id = o.id AND k.state = 'completed')
				     OR NOT EXISTS (SELECT 1 FROM messaging.event_outbox e
				                    WHERE e.message_key = o.id::text AND e.event_type = 'OrderCreated'))
				""", since)).as("orders stored without their items, answer or event").isZero();
		for (Answer answer : answers) {
			if (answer.response().status() == 201) {
				String id = answer.response().json().path("id").asString();
				assertThat(orders.count("SELECT count(*) FROM orders WHERE id = ?::uuid", id)).isEqualTo(1);
			}
		}
		// Events consumed while the database was away were retried, not given up on.
		long deadLetters = 0;
		for (String database : OrderDrill.DATABASES) {
			Database db = platform.database(database);
			if (db.single("SELECT to_regclass('messaging.dead_letter')::text") != null) {
				deadLetters += db.count("SELECT count(*) FROM messaging.dead_letter WHERE received_at >= ?", since);
			}
		}
		assertThat(deadLetters).as("events dead-lettered since the freeze began").isZero();
		System.out.printf("[fault] stock still held for orders never stored (returned at the reservation TTL): %d%n",
				drill.orphanReservations().size());
	}

	private record Answer(boolean frozen, Gateway.Response response, Duration took) {
	}

}
