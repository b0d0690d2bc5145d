package com.jainshikanji.systemtests;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders placed the way an app places them during a fault drill: pickup at the demo store
 * open around the clock, one classic shikanji, an Idempotency-Key per order, and the same
 * key sent again after any answer that says nothing of the outcome (no answer, a 5xx, a
 * key still held by an attempt that died), until the platform gives a real answer.
 */
final class OrderDrill {

	static final String KALUPUR_STATION = "a1000000-0000-4000-8000-000000000004";

	static final String CLASSIC = "e2000000-0000-4000-8000-000000000001";

	private static final String SIZE_REGULAR = "db7ed1e2-01fd-fb30-b01d-4efacf7cd9a7";

	private static final String SUGAR_REGULAR = "c81be78f-f07c-5741-5f25-7ee057823929";

	/** Every database of the platform with an outbox. */
	static final List<String> DATABASES = List.of("customer", "inventory", "orders", "store", "payment", "loyalty",
			"notification", "analytics", "review");

	private final LocalPlatform platform;

	private final Gateway gateway;

	private final String customer;

	/** The store manager's token, once the drill needs it. */
	private String staff;

	OrderDrill(LocalPlatform platform) {
		this.platform = platform;
		this.gateway = platform.gateway();
		this.customer = this.gateway.login("customer@jainshikanji.local", "demo-customer-pass");
	}

	/** Adds units of the classic shikanji at the store, so a drill never runs out. */
	void restock(int units) {
		String staff = this.gateway.login("staff@jainshikanji.local", "demo-staff-pass");
		Gateway.Response restocked = this.gateway.post(
				"/api/v1/inventory/stores/" + KALUPUR_STATION + "/stock/" + CLASSIC + "/adjustments",
				Map.of("change", units, "reason", "RESTOCK", "note", "fault drill"), staff);
		assertThat(restocked.status()).as(restocked.body()).isEqualTo(201);
	}

	/**
	 * Places one order, sending the same key again until a real answer or the patience
	 * runs out.
	 * @param paymentMethod {@code cod} or an online method such as {@code upi}
	 */
	Placement place(String paymentMethod, Duration patience) {
		String key = "drill-" + UUID.randomUUID();
		String body = """
				{"storeId": "%s", "deliveryType": "pickup", "paymentMethod": "%s",
				 "items": [{"productId": "%s", "quantity": 1, "selectedOptionIds": ["%s", "%s"]}]}
				""".formatted(KALUPUR_STATION, paymentMethod, CLASSIC, SIZE_REGULAR, SUGAR_REGULAR);
		long started = System.nanoTime();
		long deadline = started + patience.toNanos();
		List<String> answers = new ArrayList<>();
		while (true) {
			Gateway.Response response;
			try {
				response = this.gateway.post("/api/v1/orders", body, this.customer, "Idempotency-Key", key);
			}
			catch (UncheckedIOException ex) {
				response = null;
			}
			answers.add((response != null) ? String.valueOf(response.status()) : "no answer");
			boolean retry = response == null || response.status() >= 500
					|| response.problemType().endsWith("/idempotency-key-in-use");
			if (!retry || System.nanoTime() > deadline) {
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				String orderId = (response != null && response.status() == 201) ? response.json().path("id").asString()
						: null;
				return new Placement(key, paymentMethod, orderId, answers, took);
			}
			sleep(Duration.ofMillis(500));
		}
	}

	/**
	 * Pays an online order in the Razorpay sandbox as the app does (initiate, the bank's
	 * page, verify); gives up if the platform cannot take it within 20 s.
	 * @return {@code verified}, or which step gave up with what answer
	 */
	String pay(String orderId) {
		String order = "{\"orderId\":\"" + orderId + "\"}";
		Gateway.Response initiated = this.gateway.post("/api/v1/payments/initiate", order, this.customer);
		for (int i = 0; i < 40 && initiated.status() != 201; i++) {
			sleep(Duration.ofMillis(500));
			initiated = this.gateway.post("/api/v1/payments/initiate", order, this.customer);
		}
		if (initiated.status() != 201) {
			return "initiate " + initiated.status() + " " + initiated.problemType();
		}
		// Checkout's options, as the app hands them to Razorpay's Checkout.
		String razorpayOrder = initiated.json().findValue("order_id").asString();
		Gateway.Response paid = this.gateway.send(HttpRequest
			.newBuilder(URI.create(LocalPlatform.SANDBOX_URL + "/sandbox/orders/" + razorpayOrder + "/pay"))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		if (paid.status() != 200) {
			return "sandbox " + paid.status();
		}
		Gateway.Response verified = this.gateway.post("/api/v1/payments/verify", paid.body(), this.customer);
		return (verified.status() == 200) ? "verified" : "verify " + verified.status() + " " + verified.problemType();
	}

	/**
	 * The store prepares a pickup order and hands it over (cash taken for a
	 * cash-on-delivery order), as its staff do in the admin app.
	 */
	void handOver(String orderId, boolean cashOnDelivery) {
		if (this.staff == null) {
			this.staff = this.gateway.login("staff@jainshikanji.local", "demo-staff-pass");
		}
		String staff = this.staff;
		String path = "/api/v1/orders/" + orderId + "/status";
		for (String status : List.of("preparing", "ready")) {
			Gateway.Response moved = this.gateway.put(path, Map.of("status", status), staff);
			assertThat(moved.status()).as("%s %s: %s", orderId, status, moved.body()).isEqualTo(200);
		}
		Gateway.Response delivered = this.gateway.put(path,
				cashOnDelivery ? Map.of("status", "delivered", "cashCollected", true) : Map.of("status", "delivered"),
				staff);
		assertThat(delivered.status()).as("%s delivered: %s", orderId, delivered.body()).isEqualTo(200);
	}

	/**
	 * Events every service's outbox still has to send to Kafka (parked ones, which an
	 * operator must look at, excluded).
	 */
	long outboxBacklog() {
		long backlog = 0;
		for (String database : DATABASES) {
			Database db = this.platform.database(database);
			if (db.single("SELECT to_regclass('messaging.event_outbox')::text") != null) {
				backlog += db.count(
						"SELECT count(*) FROM messaging.event_outbox WHERE published_at IS NULL AND parked_at IS NULL");
			}
		}
		return backlog;
	}

	/** Waits until every outbox has sent all it holds; returns how long that took. */
	Duration awaitOutboxesDrained(Duration timeout) {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		long backlog;
		while ((backlog = outboxBacklog()) > 0) {
			assertThat(System.nanoTime()).as("outboxes drained within %s (%d events left)", timeout, backlog)
				.isLessThan(deadline);
			sleep(Duration.ofMillis(250));
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * HELD reservations in the inventory service for orders the order service never
	 * stored.
	 */
	Set<String> orphanReservations() {
		Set<String> orders = new java.util.HashSet<>();
		this.platform.database("orders")
			.rows("SELECT id::text AS id FROM orders")
			.forEach((row) -> orders.add((String) row.get("id")));
		Set<String> orphans = new java.util.TreeSet<>();
		this.platform.database("inventory")
			.rows("SELECT order_id::text AS order_id FROM reservations WHERE status = 'HELD'")
			.forEach((row) -> {
				if (!orders.contains((String) row.get("order_id"))) {
					orphans.add((String) row.get("order_id"));
				}
			});
		return orphans;
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One order as the app saw it.
	 *
	 * @param key its Idempotency-Key
	 * @param orderId the order's id once the platform acknowledged it (201), else null
	 * @param answers every answer, in order ("no answer" when the connection failed)
	 * @param took from the first request to the last answer
	 */
	record Placement(String key, String paymentMethod, String orderId, List<String> answers, Duration took) {

		boolean acknowledged() {
			return this.orderId != null;
		}

	}

}
