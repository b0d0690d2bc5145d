package com.jainshikanji.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.jainshikanji.common.events.Topics;
import com.jainshikanji.systemtests.Gateway.Customer;
import com.jainshikanji.systemtests.Gateway.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12's "several replicas of every service must be correct": order-service and
 * payment-service run twice each (the launcher's {@code --instances}), the gateway
 * balancing over both, sharing their databases and Kafka consumer groups. Orders are
 * placed, paid and fulfilled concurrently through the gateway, in the four ways an order
 * can go: paid in Razorpay's checkout (webhooks and the app's verification racing), paid
 * with no webhook (reconciliation settles it), never paid (the payment window cancels
 * it), cash on delivery. Each test then checks one invariant in the databases and topics:
 * nothing happened twice because two instances could do it.
 * <p>
 * The platform runs both instances for every scenario ({@link LocalPlatform#INSTANCES});
 * this class restarts them with timers shortened: the payment window to 50 s, checked
 * every 5 s; reconciliation after 5 s, every 3 s. Those timers would change what the
 * fault drills see, so it runs last but for the shutdown test, and looks only at what
 * happened from its own start (other scenarios' orders were placed on the same platform).
 */
@LocalPlatformTest
@Order(Integer.MAX_VALUE - 1)
class TwoInstancesIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(120);

	/** The environment each instance is restarted with. */
	private static final Map<String, Map<String, String>> TIMERS = Map.of("order-service",
			Map.of("ORDER_PAYMENT_WINDOW", "50s", "ORDER_PAYMENT_WINDOW_CHECK", "5s"), "payment-service",
			Map.of("PAYMENT_RECONCILE_AFTER", "5s", "PAYMENT_RECONCILE_INTERVAL", "3s"));

	/** How the app pays each order; the counts are of orders. */
	enum Way {

		/** Razorpay's checkout with its webhooks, then the app's verification. */
		CHECKOUT(10),

		/** Paid in Razorpay, but no webhook and no verification: reconciliation's job. */
		NO_WEBHOOK(4),

		/** Never paid (half never even initiated): the payment window cancels it. */
		UNPAID(4),

		/** Cash on delivery. */
		CASH(10);

		final int orders;

		Way(int orders) {
			this.orders = orders;
		}

	}

	private static final int UNITS = 200;

	/** A condition on {@code order_id} being one of a {@link #list(Collection)}. */
	private static final String OURS = "order_id = ANY(string_to_array(?, ',')::uuid[])";

	/** Order id → how it was paid. */
	private static final Map<String, Way> orders = new ConcurrentHashMap<>();

	/** Order id → its order number. */
	private static final Map<String, String> numbers = new ConcurrentHashMap<>();

	/** Idempotency-Key → the order ids the platform answered with (both senders'). */
	private static final Map<String, Set<String>> answersByKey = new ConcurrentHashMap<>();

	/** Order id → the Razorpay order ids the two concurrent initiations answered with. */
	private static final Map<String, Set<String>> checkoutsByOrder = new ConcurrentHashMap<>();

	private static final Map<Way, Customer> customers = new EnumMap<>(Way.class);

	/** Answers that said "later" (503, 504, key in use, order not yet known), by kind. */
	private static final Map<String, AtomicInteger> askedAgain = new ConcurrentHashMap<>();

	private static String product;

	private static Backoffice backoffice;

	/** When this class began, by PostgreSQL's clock (the services share it). */
	private static Object since;

	/** When this class began, by this machine's clock (the sandbox shares it). */
	private static Instant sinceInstant;

	@BeforeAll
	static void ordersArePlacedPaidAndFulfilledConcurrentlyThroughTheGateway(LocalPlatform platform, Gateway gateway)
			throws Exception {
		restartWithShortTimers();
		// What the earlier scenarios left for the shortened timers (their pending
		// payments, reconciled at once) is done before the burst.
		Duration settling = new OrderDrill(platform).awaitOutboxesDrained(EVENTUALLY);
		System.out.printf("[system-tests] two instances: earlier scenarios' leftovers settled in %.1f s%n",
				settling.toMillis() / 1e3);
		since = platform.database("orders").single("SELECT now()");
		sinceInstant = Instant.now();
		long started = System.nanoTime();
		backoffice = new Backoffice(gateway);
		product = backoffice.newProduct("Twin Shikanji " + UUID.randomUUID().toString().substring(0, 8), 40,
				Demo.KALUPUR_STATION, UNITS);
		// A customer per way: the gateway's rate limit is per user.
		for (Way way : Way.values()) {
			customers.put(way, gateway.register("Twin" + way.name().charAt(0)));
		}
		List<Future<?>> journeys = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Way way : Way.values()) {
				for (int i = 0; i < way.orders; i++) {
					int index = i;
					journeys.add(threads.submit(() -> {
						journey(platform, gateway, way, index);
						return null;
					}));
				}
			}
			for (Future<?> journey : journeys) {
				journey.get();
			}
		}
		System.out.printf(
				"[system-tests] two instances: %d orders placed, paid and fulfilled in %.1f s"
						+ " (requests sent again after a \"later\" answer: %s)%n",
				orders.size(), (System.nanoTime() - started) / 1e9, askedAgain);
		// The unpaid ones close when their window does.
		Database ordersDb = platform.database("orders");
		await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			for (String order : ordersOf(Way.UNPAID)) {
				assertThat(ordersDb.single("SELECT status FROM orders WHERE id = ?::uuid", order).toString())
					.as("unpaid order %s", order)
					.isEqualTo("cancelled");
			}
		});
		new OrderDrill(platform).awaitOutboxesDrained(EVENTUALLY);
		// What the other services do with the events: cash recorded, stock released,
		// points earned, emails sent.
		Collection<String> delivered = delivered();
		await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			assertThat(platform.database("payment")
				.count("SELECT count(DISTINCT order_id) FROM payments WHERE status = 'COMPLETED' AND " + OURS,
						list(delivered)))
				.isEqualTo(delivered.size());
			assertThat(platform.database("inventory")
				.count("SELECT count(*) FROM reservations WHERE status = 'HELD' AND " + OURS, list(orders.keySet())))
				.isZero();
			assertThat(platform.database("loyalty")
				.count("SELECT count(DISTINCT order_id) FROM loyalty_transactions WHERE type = 'earn' AND " + OURS,
						list(delivered)))
				.isEqualTo(delivered.size());
			assertThat(platform.database("notification")
				.count("SELECT count(*) FROM deliveries WHERE kind = 'ORDER_CONFIRMED' AND channel = 'EMAIL'"
						+ " AND status = 'SENT' AND recipient_id = ANY(string_to_array(?, ',')::uuid[])",
						list(customers.values().stream().map((customer) -> customer.id().toString()).toList())))
				.isGreaterThanOrEqualTo(delivered.size());
		});
		new OrderDrill(platform).awaitOutboxesDrained(EVENTUALLY);
		System.out.printf("[system-tests] two instances: everything settled %.1f s after the first order%n",
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * Every instance of order-service and payment-service stopped, then started again
	 * with {@link #TIMERS}, all at once (each start returns once that instance is ready).
	 */
	private static void restartWithShortTimers() {
		long started = System.nanoTime();
		LocalPlatform.INSTANCES.forEach(PlatformControl::stop);
		PlatformControl.startTogether(LocalPlatform.INSTANCES.stream()
			.collect(Collectors.toMap((instance) -> instance,
					(instance) -> TIMERS.get(instance.replaceFirst("-2$", "")))));
		System.out.printf("[system-tests] two instances: restarted with short timers in %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

	@Test
	void bothInstancesOfOrderAndPaymentServiceServedRequestsThroughTheGateway() {
		Map<String, Long> served = new TreeMap<>();
		for (String service : List.of("order-service", "payment-service")) {
			int port = service.equals("order-service") ? 9083 : 9085;
			for (int instance = 1; instance <= 2; instance++) {
				served.put(service + ((instance == 1) ? "" : "-2"), apiRequests(port + (instance - 1) * 100));
			}
		}
		System.out.printf("[system-tests] two instances: API requests served %s%n", served);
		assertThat(served).allSatisfy((instance, requests) -> assertThat(requests).as(instance).isGreaterThan(5));
	}

	@Test
	void theTopicsHaveSeveralPartitionsSharedByBothInstancesOfAGroup(LocalPlatform platform) throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
			Map<String, Integer> partitions = new TreeMap<>();
			admin.describeTopics(List.of(Topics.ORDER, Topics.PAYMENT))
				.allTopicNames()
				.get()
				.forEach((topic, description) -> partitions.put(topic, description.partitions().size()));
			System.out.printf("[system-tests] two instances: partitions %s%n", partitions);
			assertThat(partitions).allSatisfy((topic, count) -> assertThat(count).as(topic).isGreaterThan(1));
			// payment-service reads the order topic, order-service the payment topic:
			// each group's partitions are spread over both instances' consumers.
			Map<String, String> reads = Map.of("payment-service", Topics.ORDER, "order-service", Topics.PAYMENT);
			Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(reads.keySet()).all().get();
			reads.forEach((group, topic) -> {
				List<String> holders = groups.get(group)
					.members()
					.stream()
					.filter((member) -> member.assignment()
						.topicPartitions()
						.stream()
						.anyMatch((partition) -> partition.topic().equals(topic)))
					.map(MemberDescription::consumerId)
					.toList();
				System.out.printf("[system-tests] two instances: %s's partitions of %s held by %d consumers%n", group,
						topic, holders.size());
				assertThat(holders).as("consumers of %s in group %s", topic, group).hasSizeGreaterThanOrEqualTo(2);
			});
		}
	}

	@Test
	void everyOrderExistsOnceWhateverInstanceTookEachOfItsTwoConcurrentPlacements(LocalPlatform platform) {
		assertThat(answersByKey).hasSize(total());
		assertThat(answersByKey)
			.allSatisfy((key, ids) -> assertThat(ids).as("orders answered for key %s", key).hasSize(1));
		Database db = platform.database("orders");
		for (Way way : Way.values()) {
			assertThat(db.count("SELECT count(*) FROM orders WHERE customer_id = ?::uuid", customers.get(way).id()))
				.as("orders of the %s customer", way)
				.isEqualTo(way.orders);
		}
		assertThat(orders).hasSize(total());
	}

	@Test
	void eachOutboxEventOfOrderAndPaymentServiceIsPublishedExactlyOnce(LocalPlatform platform) {
		for (String database : List.of("orders", "payment")) {
			List<Map<String, Object>> outbox = platform.database(database)
				.rows("SELECT event_id::text AS event_id, topic, published_at FROM messaging.event_outbox"
						+ " WHERE created_at >= ?", since);
			assertThat(outbox).as("%s's outbox", database).isNotEmpty();
			assertThat(outbox).as("unpublished events of %s", database)
				.allSatisfy((row) -> assertThat(row.get("published_at")).as(row.toString()).isNotNull());
			Set<String> topics = outbox.stream().map((row) -> (String) row.get("topic")).collect(Collectors.toSet());
			Map<String, Long> copies = new HashMap<>();
			for (String topic : topics) {
				read(platform, topic).forEach((record) -> {
					Header id = record.headers().lastHeader("event_id");
					if (id != null) {
						copies.merge(new String(id.value(), StandardCharsets.UTF_8), 1L, Long::sum);
					}
				});
			}
			Map<String, Long> notOnce = new TreeMap<>();
			outbox.forEach((row) -> {
				String id = (String) row.get("event_id");
				long count = copies.getOrDefault(id, 0L);
				if (count != 1) {
					notOnce.put(id, count);
				}
			});
			System.out.printf("[system-tests] two instances: %s published %d events, each once%s%n", database,
					outbox.size(), notOnce.isEmpty() ? "" : " but " + notOnce);
			assertThat(notOnce).as("%s's events on their topics not exactly once (event id → copies)", database)
				.isEmpty();
		}
	}

	@Test
	void eachPaidOrderHasOnePaymentCompletedOnceAndNoRefund(LocalPlatform platform) {
		assertThat(checkoutsByOrder).hasSize(Way.CHECKOUT.orders);
		assertThat(checkoutsByOrder).allSatisfy((order, checkouts) -> assertThat(checkouts)
			.as("Razorpay orders of order %s initiated twice at once", order)
			.hasSize(1));
		Database payment = platform.database("payment");
		Map<String, Long> completions = eventsPerOrder(platform, Topics.PAYMENT, "PaymentCompleted");
		for (Way way : List.of(Way.CHECKOUT, Way.NO_WEBHOOK, Way.CASH)) {
			for (String order : ordersOf(way)) {
				assertThat(payment.rows("SELECT status FROM payments WHERE order_id = ?::uuid", order))
					.as("payments of %s order %s", way, order)
					.containsExactly(Map.of("status", "COMPLETED"));
				assertThat(completions.getOrDefault(order, 0L)).as("PaymentCompleted of %s order %s", way, order)
					.isEqualTo(1);
			}
		}
		for (String order : ordersOf(Way.UNPAID)) {
			assertThat(completions).doesNotContainKey(order);
		}
		assertThat(payment.count("SELECT count(*) FROM refunds WHERE " + OURS, list(orders.keySet()))).isZero();
	}

	@Test
	void eachWebhookDeliveryIsActedOnOnceWhicheverInstanceItReached(LocalPlatform platform, Gateway gateway) {
		// The sandbox sends each checkout's webhooks and one of them twice, all through
		// the gateway.
		JsonNode deliveries = gateway
			.send(HttpRequest.newBuilder(URI.create(LocalPlatform.SANDBOX_URL + "/sandbox/webhooks")).GET().build())
			.json();
		Map<String, Integer> sent = new HashMap<>();
		int duplicates = 0;
		for (JsonNode delivery : deliveries) {
			if (Instant.parse(delivery.path("at").asString()).isBefore(sinceInstant)) {
				continue;
			}
			assertThat(delivery.path("status").asInt()).as(delivery.toString()).isEqualTo(200);
			sent.merge(delivery.path("eventId").asString(), 1, Integer::sum);
			duplicates += delivery.path("duplicate").asBoolean() ? 1 : 0;
		}
		assertThat(duplicates).as("duplicate deliveries").isGreaterThanOrEqualTo(Way.CHECKOUT.orders);
		Database payment = platform.database("payment");
		for (String event : sent.keySet()) {
			assertThat(payment.rows("SELECT status FROM provider_webhooks WHERE event_id = ?", event))
				.as("webhook %s, delivered %d times", event, sent.get(event))
				.singleElement()
				.satisfies((row) -> assertThat(row.get("status")).isIn("PROCESSED", "IGNORED"));
		}
		System.out.printf("[system-tests] two instances: %d webhooks (%d duplicates), each recorded once%n",
				sent.size(), duplicates);
	}

	@Test
	void eachUnpaidOrderIsCancelledExactlyOnceWhenItsPaymentWindowCloses(LocalPlatform platform) {
		Map<String, Long> cancellations = eventsPerOrder(platform, Topics.ORDER, "OrderCancelled");
		Database db = platform.database("orders");
		Database inventory = platform.database("inventory");
		for (String order : ordersOf(Way.UNPAID)) {
			assertThat(db.single("SELECT status FROM orders WHERE id = ?::uuid", order).toString())
				.isEqualTo("cancelled");
			assertThat(cancellations.getOrDefault(order, 0L)).as("OrderCancelled of %s", order).isEqualTo(1);
			assertThat(inventory.rows("SELECT status FROM reservations WHERE order_id = ?::uuid", order))
				.containsExactly(Map.of("status", "RELEASED"));
		}
		for (Way way : List.of(Way.CHECKOUT, Way.NO_WEBHOOK, Way.CASH)) {
			ordersOf(way).forEach((order) -> assertThat(cancellations).as("%s order", way).doesNotContainKey(order));
		}
	}

	@Test
	void reconciliationSettlesEachPaymentWithoutAWebhookOnceAcrossBothInstances(LocalPlatform platform)
			throws IOException {
		Map<String, Long> confirmations = eventsPerOrder(platform, Topics.ORDER, "OrderConfirmed");
		List<String> paymentIds = new ArrayList<>();
		for (String order : ordersOf(Way.NO_WEBHOOK)) {
			assertThat(confirmations.getOrDefault(order, 0L)).as("OrderConfirmed of %s", order).isEqualTo(1);
			paymentIds.add(platform.database("payment")
				.single("SELECT id::text FROM payments WHERE order_id = ?::uuid", order));
		}
		// Each payment was looked up and settled by one instance, once.
		Map<String, Integer> settledBy = new TreeMap<>();
		Map<String, Integer> settlements = new HashMap<>();
		Pattern settled = Pattern.compile("Reconciliation settled payment ([0-9a-f-]{36})");
		for (String instance : List.of("payment-service", "payment-service-2")) {
			for (String line : Files.readAllLines(platform.log(instance), StandardCharsets.UTF_8)) {
				Matcher matcher = settled.matcher(line);
				if (matcher.find()) {
					settlements.merge(matcher.group(1), 1, Integer::sum);
					settledBy.merge(instance, 1, Integer::sum);
				}
			}
		}
		System.out.printf("[system-tests] two instances: reconciliation settlements by instance %s%n", settledBy);
		for (String payment : paymentIds) {
			assertThat(settlements.getOrDefault(payment, 0)).as("settlements of payment %s", payment).isEqualTo(1);
		}
	}

	@Test
	void eachOrderIsConfirmedOnceAndEachDeliveredOrderEarnsPointsOnce(LocalPlatform platform) {
		Map<String, Long> confirmations = eventsPerOrder(platform, Topics.ORDER, "OrderConfirmed");
		Database loyalty = platform.database("loyalty");
		for (String order : delivered()) {
			assertThat(confirmations.getOrDefault(order, 0L)).as("OrderConfirmed of %s", order).isEqualTo(1);
			assertThat(loyalty
				.count("SELECT count(*) FROM loyalty_transactions WHERE order_id = ?::uuid AND type = 'earn'", order))
				.as("points earned by %s", order)
				.isEqualTo(1);
		}
		assertThat(loyalty.count("SELECT count(*) FROM loyalty_transactions WHERE type = 'reversal' AND " + OURS,
				list(orders.keySet())))
			.isZero();
		// Stock: what was delivered is sold once, what was cancelled is back. A
		// reservation whose answer broke off under load is held under an order id that
		// was never stored until it expires (RESERVATION_TTL): nothing stays held longer.
		Database inventory = platform.database("inventory");
		String stock = "SELECT current_stock, reserved FROM inventory WHERE store_id = ?::uuid AND product_id = ?::uuid";
		System.out.printf("[system-tests] two instances: stock after the run %s%n",
				inventory.rows(stock, Demo.KALUPUR_STATION, product));
		await().atMost(LocalPlatform.RESERVATION_TTL.plusSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(inventory.rows(stock, Demo.KALUPUR_STATION, product))
				.containsExactly(Map.of("current_stock", UNITS - delivered().size(), "reserved", 0)));
	}

	@Test
	void eachConfirmedOrderIsEmailedItsConfirmationOnce(LocalPlatform platform) {
		Database notification = platform.database("notification");
		for (String order : delivered()) {
			String number = numbers.get(order);
			assertThat(notification
				.count("SELECT count(*) FROM deliveries WHERE kind = 'ORDER_CONFIRMED' AND channel = 'EMAIL'"
						+ " AND variables::text LIKE ?", "%\"" + number + "\"%"))
				.as("confirmation emails of %s (%s)", number, orders.get(order))
				.isEqualTo(1);
		}
		// The unpaid orders were never confirmed, so never told so.
		assertThat(notification.count("SELECT count(*) FROM deliveries WHERE kind = 'ORDER_CONFIRMED'"
				+ " AND channel = 'EMAIL' AND recipient_id = ?::uuid", customers.get(Way.UNPAID).id()))
			.isZero();
	}

	/** One order's life as the app and the store drive it. */
	private static void journey(LocalPlatform platform, Gateway gateway, Way way, int index) throws Exception {
		Customer customer = customers.get(way);
		String method = (way == Way.CASH) ? "cod" : "upi";
		Map<String, Object> order = Map.of("storeId", Demo.KALUPUR_STATION, "deliveryType", "pickup", "paymentMethod",
				method, "items", List.of(Map.of("productId", product, "quantity", 1)));
		// The app sends its placement twice at once (a double tap, a retry racing the
		// first): round robin gives each instance one.
		String key = Gateway.idempotencyKey();
		Response placed;
		try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Response> first = both.submit(() -> place(gateway, order, customer.token(), key));
			Future<Response> second = both.submit(() -> place(gateway, order, customer.token(), key));
			placed = first.get();
			Response again = second.get();
			assertThat(placed.status()).as(placed.body()).isEqualTo(201);
			assertThat(again.status()).as(again.body()).isIn(200, 201);
			answersByKey.computeIfAbsent(key, (k) -> ConcurrentHashMap.newKeySet())
				.addAll(List.of(placed.json().path("id").asString(), again.json().path("id").asString()));
		}
		String id = placed.json().path("id").asString();
		orders.put(id, way);
		numbers.put(id, placed.json().path("orderNumber").asString());
		switch (way) {
			case CHECKOUT -> {
				// Initiated twice at once too: one Razorpay order either way.
				String razorpayOrder;
				try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
					Future<String> first = both.submit(() -> initiate(gateway, customer, id));
					Future<String> second = both.submit(() -> initiate(gateway, customer, id));
					razorpayOrder = first.get();
					checkoutsByOrder.computeIfAbsent(id, (k) -> ConcurrentHashMap.newKeySet())
						.addAll(List.of(razorpayOrder, second.get()));
				}
				Response paid = sandbox(gateway, razorpayOrder, true);
				Response verified = untilNot503(
						() -> gateway.post("/api/v1/payments/verify", paid.body(), customer.token()));
				assertThat(verified.status()).as(verified.body()).isEqualTo(200);
				awaitStatus(gateway, customer, id, "confirmed");
				fulfil(gateway, id, false);
			}
			case NO_WEBHOOK -> {
				sandbox(gateway, initiate(gateway, customer, id), false);
				awaitStatus(gateway, customer, id, "confirmed");
				fulfil(gateway, id, false);
			}
			case UNPAID -> {
				if (index % 2 == 0) {
					initiate(gateway, customer, id);
				}
			}
			case CASH -> fulfil(gateway, id, true);
		}
	}

	/**
	 * A placement, sent again with the same key while the platform says to try later (the
	 * key's first attempt still running on the other instance, a 503).
	 */
	private static Response place(Gateway gateway, Object order, String token, String key) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			Response answer = gateway.post("/api/v1/orders", order, token, "Idempotency-Key", key);
			boolean later = answer.status() == 503 || answer.status() == 504
					|| answer.problemType().endsWith("/idempotency-key-in-use");
			if (!later || System.nanoTime() > deadline) {
				return answer;
			}
			askedAgain("placement " + answer.status());
			Thread.sleep(500);
		}
	}

	private static String initiate(Gateway gateway, Customer customer, String order) throws InterruptedException {
		// The payment service learns of the order from its events: it may not know it
		// yet. A 503 or 504 (the payment service slow on a busy machine) is asked again,
		// as an app would: initiation is idempotent per order.
		Response initiated = gateway.post("/api/v1/payments/initiate", Map.of("orderId", order), customer.token());
		for (int i = 0; i < 60 && ((initiated.status() == 409 && initiated.body().contains("order-not-yet-known"))
				|| initiated.status() == 503 || initiated.status() == 504); i++) {
			askedAgain("initiation " + initiated.status());
			Thread.sleep(1000);
			initiated = gateway.post("/api/v1/payments/initiate", Map.of("orderId", order), customer.token());
		}
		assertThat(initiated.status()).as(initiated.body()).isIn(200, 201);
		return initiated.json().path("checkout").path("order_id").asString();
	}

	/** The customer pays in the sandbox's checkout, which sends webhooks if asked. */
	private static Response sandbox(Gateway gateway, String razorpayOrder, boolean webhooks) {
		Response paid = gateway.send(HttpRequest
			.newBuilder(URI
				.create(LocalPlatform.SANDBOX_URL + "/sandbox/orders/" + razorpayOrder + "/pay?webhooks=" + webhooks))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		return paid;
	}

	private static void awaitStatus(Gateway gateway, Customer customer, String order, String status) {
		await().atMost(EVENTUALLY)
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(
					gateway.get("/api/v1/orders/" + order, customer.token()).json().path("status").asString())
				.isEqualTo(status));
	}

	/** The store prepares the order and hands it over. */
	private static void fulfil(Gateway gateway, String order, boolean cash) {
		String path = "/api/v1/orders/" + order + "/status";
		for (Map<String, Object> next : List.of(Map.<String, Object>of("status", "preparing"),
				Map.<String, Object>of("status", "ready"),
				cash ? Map.<String, Object>of("status", "delivered", "cashCollected", true)
						: Map.<String, Object>of("status", "delivered"))) {
			Response moved = untilNot503(() -> gateway.put(path, next, backoffice.staff()));
			assertThat(moved.status()).as("%s: %s", next, moved.body()).isEqualTo(200);
		}
	}

	/**
	 * A request sent again while the platform answers 503 (a service out of database
	 * connections for a moment on a busy machine: nothing was done), as an app would.
	 */
	private static Response untilNot503(Supplier<Response> request) {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		Response answer = request.get();
		while (answer.status() == 503 && System.nanoTime() < deadline) {
			askedAgain("verification or status change 503");
			OrderDrill.sleep(Duration.ofSeconds(1));
			answer = request.get();
		}
		return answer;
	}

	private static void askedAgain(String why) {
		askedAgain.computeIfAbsent(why, (key) -> new AtomicInteger()).incrementAndGet();
	}

	/**
	 * The sum of {@code http_server_requests_seconds_count} of the API's paths, from an
	 * instance's Prometheus endpoint on its management port.
	 */
	private static long apiRequests(int managementPort) {
		Response metrics = new Gateway("http://127.0.0.1:" + managementPort).get("/actuator/prometheus", null);
		assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
		Pattern count = Pattern.compile("^http_server_requests_seconds_count\\{.*uri=\"/api/v1/[^\"]*\".*} (\\S+)$");
		return metrics.body()
			.lines()
			.map(count::matcher)
			.filter(Matcher::matches)
			.mapToLong((matcher) -> (long) Double.parseDouble(matcher.group(1)))
			.sum();
	}

	/** How many events of a type each order has on a topic, by the payload's orderId. */
	private static Map<String, Long> eventsPerOrder(LocalPlatform platform, String topic, String type) {
		Map<String, Long> counts = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : read(platform, topic)) {
			Header header = record.headers().lastHeader("event_type");
			if (header != null && new String(header.value(), StandardCharsets.UTF_8).equals(type)) {
				JsonNode envelope = Json.parse(new String(record.value(), StandardCharsets.UTF_8));
				counts.merge(envelope.path("payload").path("orderId").asString(), 1L, Long::sum);
			}
		}
		return counts;
	}

	/** Every record of the topic, from the beginning. */
	private static List<ConsumerRecord<String, byte[]>> read(LocalPlatform platform, String topic) {
		try (TopicReader reader = new TopicReader(platform.kafkaBootstrapServers())) {
			return reader.readAll(topic, Duration.ofSeconds(30));
		}
	}

	private static List<String> ordersOf(Way way) {
		return orders.entrySet().stream().filter((entry) -> entry.getValue() == way).map(Map.Entry::getKey).toList();
	}

	/** The orders that were paid (or in cash) and handed over. */
	private static List<String> delivered() {
		return orders.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != Way.UNPAID)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static String list(Collection<String> ids) {
		return String.join(",", ids);
	}

	private static int total() {
		int total = 0;
		for (Way way : Way.values()) {
			total += way.orders;
		}
		return total;
	}

}
