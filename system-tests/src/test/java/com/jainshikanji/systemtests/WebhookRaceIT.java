package com.jainshikanji.systemtests;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import com.jainshikanji.systemtests.Gateway.Customer;
import com.jainshikanji.systemtests.Gateway.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Razorpay delivers the same payment webhook several times at once (as it does on
 * retries) while the customer cancels the order: whichever wins, the order ends with one
 * outcome, and the money and the stock agree with it.
 */
@LocalPlatformTest
class WebhookRaceIT {

	private static final int DELIVERIES = 5;

	private static final int UNITS = 10;

	private static Backoffice backoffice;

	@BeforeAll
	static void business(Gateway gateway) {
		backoffice = new Backoffice(gateway);
	}

	/**
	 * @param cancelDelayMillis how long after the webhooks the cancellation is sent, to
	 * try different interleavings
	 */
	@ParameterizedTest(name = "cancelled {0} ms after the webhooks")
	@ValueSource(ints = { 0, 40, 150 })
	void aWebhookDeliveredFiveTimesWhileTheCustomerCancelsEndsConfirmedOrCancelledAndRefundedNeverBoth(
			int cancelDelayMillis, LocalPlatform platform, Gateway gateway) throws Exception {
		String product = backoffice.newProduct("Race Shikanji " + UUID.randomUUID().toString().substring(0, 8), 60,
				Demo.KALUPUR_STATION, UNITS);
		Customer customer = gateway.register("Racer");
		Response placed = gateway.placeOrder(Map.of("storeId", Demo.KALUPUR_STATION, "deliveryType", "pickup",
				"paymentMethod", "upi", "items", List.of(Map.of("productId", product, "quantity", 1))),
				customer.token());
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		String order = placed.json().path("id").asString();
		BigDecimal total = placed.json().path("amounts").path("total").decimalValue();

		// The customer pays in Razorpay's checkout; Razorpay's webhooks are sent below,
		// by this test, so that they race the cancellation.
		String razorpayOrder = initiate(gateway, customer, order);
		Map<String, String> keys = platform.razorpayKeys();
		Response paid = gateway.send(HttpRequest
			.newBuilder(
					URI.create(LocalPlatform.SANDBOX_URL + "/sandbox/orders/" + razorpayOrder + "/pay?webhooks=false"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		String razorpayPayment = paid.json().path("razorpay_payment_id").asString();
		JsonNode payment = razorpay(gateway, keys, "/v1/payments/" + razorpayPayment).json();
		assertThat(payment.path("status").asString()).isEqualTo("captured");
		byte[] webhook = webhook("payment.captured", payment);
		String signature = hmac(keys.get("RAZORPAY_WEBHOOK_SECRET"), webhook);
		String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);

		CountDownLatch start = new CountDownLatch(1);
		List<Response> deliveries = new ArrayList<>();
		Response cancelled;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Response>> delivering = new ArrayList<>();
			for (int i = 0; i < DELIVERIES; i++) {
				delivering.add(threads.submit(() -> {
					start.await();
					return gateway
						.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1/payments/webhook"))
							.timeout(Duration.ofSeconds(30))
							.header("Content-Type", "application/json")
							.header("X-Razorpay-Signature", signature)
							.header("X-Razorpay-Event-Id", eventId)
							.POST(HttpRequest.BodyPublishers.ofByteArray(webhook))
							.build());
				}));
			}
			Future<Response> cancelling = threads.submit(() -> {
				start.await();
				Thread.sleep(cancelDelayMillis);
				return gateway.post("/api/v1/orders/" + order + "/cancel", Map.of("reason", "Changed my mind"),
						customer.token());
			});
			start.countDown();
			for (Future<Response> delivery : delivering) {
				deliveries.add(delivery.get());
			}
			cancelled = cancelling.get();
		}

		assertThat(deliveries)
			.allSatisfy((delivery) -> assertThat(delivery.status()).as(delivery.body()).isEqualTo(200));
		assertThat(deliveries).as("deliveries taken as new")
			.filteredOn((delivery) -> delivery.body().contains("\"duplicate\":false"))
			.hasSize(1);
		assertThat(cancelled.status()).as(cancelled.body()).isIn(200, 409);
		boolean cancelWon = cancelled.status() == 200;
		System.out.printf("[system-tests] webhook x%d, cancel after %d ms: %s%n", DELIVERIES, cancelDelayMillis,
				cancelWon ? "cancelled and refunded" : "confirmed (" + cancelled.problemType() + ")");

		String expected = cancelWon ? "refunded" : "confirmed";
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode now = gateway.get("/api/v1/orders/" + order, customer.token()).json();
			assertThat(now.path("status").asString()).as(now.toString()).isEqualTo(expected);
			assertThat(now.path("paymentStatus").asString()).isEqualTo(cancelWon ? "refunded" : "completed");
		});

		// The money: one payment of the order's total, refunded in full exactly once if
		// and only if the order was cancelled; Razorpay agrees.
		Database payments = platform.database("payment");
		assertThat(payments.count("SELECT count(*) FROM provider_webhooks WHERE event_id = ?", eventId)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			List<Map<String, Object>> rows = payments.rows(
					"SELECT status, amount, amount_refunded FROM payments WHERE order_id = ?::uuid AND status <> 'PENDING'",
					order);
			assertThat(rows).as("payments of the order").hasSize(1);
			assertThat((BigDecimal) rows.getFirst().get("amount")).isEqualByComparingTo(total);
			assertThat(rows.getFirst().get("status")).isEqualTo(cancelWon ? "REFUNDED" : "COMPLETED");
			assertThat((BigDecimal) rows.getFirst().get("amount_refunded"))
				.isEqualByComparingTo(cancelWon ? total : BigDecimal.ZERO);
			List<Map<String, Object>> refunds = payments
				.rows("SELECT status, amount FROM refunds WHERE order_id = ?::uuid", order);
			assertThat(refunds).as("refunds of the order").hasSize(cancelWon ? 1 : 0);
			refunds.forEach((refund) -> {
				assertThat(refund.get("status")).isEqualTo("COMPLETED");
				assertThat((BigDecimal) refund.get("amount")).isEqualByComparingTo(total);
			});
		});
		JsonNode atRazorpay = razorpay(gateway, keys, "/v1/payments/" + razorpayPayment).json();
		assertThat(atRazorpay.path("amount_refunded").asLong())
			.isEqualTo(cancelWon ? total.movePointRight(2).longValueExact() : 0);

		// The stock: sold once if confirmed, back on the shelf if cancelled.
		Database inventory = platform.database("inventory");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			// Cancelled while held: released; cancelled once paid (and so committed): its
			// sold unit returned.
			assertThat(inventory.rows("SELECT status FROM reservations WHERE order_id = ?::uuid", order))
				.extracting((row) -> row.get("status"))
				.singleElement()
				.isIn(cancelWon ? List.of("RELEASED", "RETURNED") : List.of("COMMITTED"));
			assertThat(inventory.rows(
					"SELECT current_stock, reserved FROM inventory WHERE store_id = ?::uuid AND product_id = ?::uuid",
					Demo.KALUPUR_STATION, product))
				.containsExactly(Map.of("current_stock", cancelWon ? UNITS : UNITS - 1, "reserved", 0));
		});
	}

	private static String initiate(Gateway gateway, Customer customer, String order) throws InterruptedException {
		// The payment service learns of the order from its events: it may not know it
		// yet.
		Response initiated = gateway.post("/api/v1/payments/initiate", Map.of("orderId", order), customer.token());
		for (int i = 0; i < 40 && initiated.status() == 409 && initiated.body().contains("order-not-yet-known"); i++) {
			Thread.sleep(500);
			initiated = gateway.post("/api/v1/payments/initiate", Map.of("orderId", order), customer.token());
		}
		assertThat(initiated.status()).as(initiated.body()).isEqualTo(201);
		return initiated.json().path("checkout").path("order_id").asString();
	}

	/** Razorpay's API, as the payment service calls it (the sandbox plays Razorpay). */
	private static Response razorpay(Gateway gateway, Map<String, String> keys, String path) {
		String credentials = keys.get("RAZORPAY_KEY_ID") + ":" + keys.get("RAZORPAY_KEY_SECRET");
		return gateway.send(HttpRequest.newBuilder(URI.create(LocalPlatform.SANDBOX_URL + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build());
	}

	/** A webhook body as Razorpay sends it, about one payment. */
	private static byte[] webhook(String event, JsonNode payment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("entity", "event");
		body.put("account_id", "acc_Sandbox0000001");
		body.put("event", event);
		body.put("contains", List.of("payment"));
		body.put("payload", Map.of("payment", Map.of("entity", payment)));
		body.put("created_at", Instant.now().getEpochSecond());
		return Json.write(body).getBytes(StandardCharsets.UTF_8);
	}

	private static String hmac(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
