package com.jainshikanji.systemtests;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.jainshikanji.systemtests.Gateway.Customer;
import com.jainshikanji.systemtests.Gateway.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new customer's whole journey through the gateway, once paying online in Razorpay's
 * checkout and once in cash at the door: from registering to the figures the business
 * sees. Each step's effect is then checked where the owning service keeps it.
 */
@LocalPlatformTest
class CustomerJourneyIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private static Backoffice backoffice;

	private static String rider;

	@BeforeAll
	static void business(Gateway gateway) {
		backoffice = new Backoffice(gateway);
		rider = gateway.login(Demo.DELIVERY, Demo.DELIVERY_PASSWORD);
	}

	@Test
	void anOnlineOrderIsPaidConfirmedDeliveredNotifiedRewardedReviewedAndCountedOnceEach(LocalPlatform platform,
			Gateway gateway) throws Exception {
		String name = "Journey Shikanji " + UUID.randomUUID().toString().substring(0, 8);
		String product = backoffice.newProduct(name, 50, Demo.KALUPUR_STATION, 20);
		Customer customer = gateway.register("Online");
		browse(gateway, product, name);

		Response placed = gateway.placeOrder(Map.of("storeId", Demo.KALUPUR_STATION, "deliveryType", "pickup",
				"paymentMethod", "upi", "items", List.of(Map.of("productId", product, "quantity", 2))),
				customer.token());
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		assertThat(placed.json().path("status").asString()).isEqualTo("pending");
		String order = placed.json().path("id").asString();

		// Razorpay Standard Checkout: the app initiates, the customer pays in Razorpay's
		// page, the app verifies; Razorpay's webhooks (one of them twice) follow.
		Response initiated = gateway.post("/api/v1/payments/initiate", Map.of("orderId", order), customer.token());
		for (int i = 0; i < 40 && initiated.body().contains("order-not-yet-known"); i++) {
			Thread.sleep(500);
			initiated = gateway.post("/api/v1/payments/initiate", Map.of("orderId", order), customer.token());
		}
		assertThat(initiated.status()).as(initiated.body()).isEqualTo(201);
		String razorpayOrder = initiated.json().path("checkout").path("order_id").asString();
		Response checkout = gateway.send(HttpRequest
			.newBuilder(URI.create(LocalPlatform.SANDBOX_URL + "/sandbox/orders/" + razorpayOrder + "/pay"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
		Response verified = gateway.post("/api/v1/payments/verify", checkout.body(), customer.token());
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		awaitOrder(gateway, customer, order, "confirmed");

		JsonNode delivered = fulfil(gateway, order, false);
		journeyEnds(platform, gateway, customer, order, delivered, product, name, "upi");
	}

	@Test
	void aCashOnDeliveryOrderIsDeliveredToTheDoorNotifiedRewardedReviewedAndCountedOnceEach(LocalPlatform platform,
			Gateway gateway) throws Exception {
		String name = "Doorstep Shikanji " + UUID.randomUUID().toString().substring(0, 8);
		String product = backoffice.newProduct(name, 50, Demo.KALUPUR_STATION, 20);
		Customer customer = gateway.register("Doorstep");
		browse(gateway, product, name);
		Response address = gateway.post("/api/v1/customers/" + customer.id() + "/addresses",
				Map.of("label", "Home", "line1", "12 Relief Road", "city", "Ahmedabad", "state", "Gujarat",
						"postalCode", "380001", "latitude", 23.0258, "longitude", 72.5871),
				customer.token());
		assertThat(address.status()).as(address.body()).isEqualTo(201);

		Response placed = gateway.placeOrder(Map.of("storeId", Demo.KALUPUR_STATION, "deliveryType", "delivery",
				"addressId", address.json().path("id").asString(), "paymentMethod", "cod", "items",
				List.of(Map.of("productId", product, "quantity", 2))), customer.token());
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		assertThat(placed.json().path("status").asString()).isEqualTo("confirmed");
		String order = placed.json().path("id").asString();

		JsonNode delivered = fulfil(gateway, order, true);
		assertThat(gateway.get("/api/v1/orders/" + order + "/tracking", customer.token()).body())
			.contains("At the gate");
		journeyEnds(platform, gateway, customer, order, delivered, product, name, "cod");
	}

	/** The menu, the product's page and its price, without a token. */
	private static void browse(Gateway gateway, String product, String name) {
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			Response search = gateway.get("/api/v1/products?q=" + name.replace(' ', '+'), null);
			assertThat(search.status()).as(search.body()).isEqualTo(200);
			assertThat(search.body()).contains(product);
		});
		Response page = gateway.get("/api/v1/products/" + product, null);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.json().path("name").asString()).isEqualTo(name);
		Response stores = gateway.get("/api/v1/stores", null);
		assertThat(stores.body()).contains(Demo.KALUPUR_STATION);
	}

	/**
	 * The store prepares and hands over the order (a delivery order through its rider).
	 */
	private static JsonNode fulfil(Gateway gateway, String order, boolean toTheDoor) {
		String path = "/api/v1/orders/" + order;
		String staff = backoffice.staff();
		for (String status : List.of("preparing", "ready")) {
			Response moved = gateway.put(path + "/status", Map.of("status", status), staff);
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		}
		if (toTheDoor) {
			Response assigned = gateway.put(path + "/delivery-person", Map.of("userId", Demo.DELIVERY_USER), staff);
			assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
			Response out = gateway.put(path + "/status", Map.of("status", "out_for_delivery"), staff);
			assertThat(out.status()).as(out.body()).isEqualTo(200);
			Response location = gateway.post(path + "/tracking",
					Map.of("latitude", 23.0258, "longitude", 72.5871, "message", "At the gate"), rider);
			assertThat(location.status()).as(location.body()).isEqualTo(201);
		}
		Map<String, Object> delivered = toTheDoor ? Map.of("status", "delivered", "cashCollected", true)
				: Map.of("status", "delivered");
		Response done = gateway.put(path + "/status", delivered, staff);
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().path("status").asString()).isEqualTo("delivered");
		assertThat(done.json().path("paymentStatus").asString()).isEqualTo("completed");
		return done.json();
	}

	/**
	 * After delivery: the customer was told (email and in-app), earned points once,
	 * reviews the product once, and the business's figures count the order; each
	 * service's own data agrees.
	 */
	private static void journeyEnds(LocalPlatform platform, Gateway gateway, Customer customer, String order,
			JsonNode delivered, String product, String name, String method) throws Exception {
		String number = delivered.path("orderNumber").asString();
		BigDecimal total = delivered.path("amounts").path("total").decimalValue();

		platform.mailbox().await(customer.email(), number, EVENTUALLY);
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			Response inbox = gateway.get("/api/v1/notifications/user/" + customer.id(), customer.token());
			assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
			assertThat(inbox.body()).containsAnyOf(number, order);
		});

		// 1 point per ₹10 of the total (a new customer's tier multiplier is 1).
		String account = "/api/v1/loyalty/customer/" + customer.id();
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(gateway.get(account, customer.token()).json().path("balance").asLong())
				.isGreaterThanOrEqualTo(total.longValue() / 10)
				.isPositive());

		Response review = gateway.post("/api/v1/reviews",
				Map.of("orderId", order, "productId", product, "rating", 5, "title", "Worth the wait"),
				customer.token());
		for (int i = 0; i < 60 && review.body().contains("item-not-reviewable"); i++) {
			Thread.sleep(500);
			review = gateway.post("/api/v1/reviews",
					Map.of("orderId", order, "productId", product, "rating", 5, "title", "Worth the wait"),
					customer.token());
		}
		assertThat(review.status()).as(review.body()).isEqualTo(201);
		Response again = gateway.post("/api/v1/reviews",
				Map.of("orderId", order, "productId", product, "rating", 1, "title", "Twice"), customer.token());
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(gateway.get("/api/v1/reviews/product/" + product, null).body()).contains("Worth the wait")
			.contains("\"reviewCount\":1");

		// The business's figures: the store's manager sees the product sold, rated.
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			Response products = gateway.get(
					"/api/v1/analytics/products?storeId=" + Demo.KALUPUR_STATION + "&days=2&limit=50",
					backoffice.staff());
			assertThat(products.status()).as(products.body()).isEqualTo(200);
			JsonNode figure = figureOf(products.json(), product);
			assertThat(figure).as("%s in %s", name, products.body()).isNotNull();
			assertThat(figure.path("quantity").asLong()).isEqualTo(2);
			assertThat(figure.path("orders").asLong()).isEqualTo(1);
			assertThat(figure.path("revenue").decimalValue()).isPositive();
			assertThat(figure.path("ratingCount").asLong()).isEqualTo(1);
		});

		// Each service's own data: once each, whatever Kafka redelivered.
		Database orders = platform.database("orders");
		assertThat(orders.rows("SELECT status, payment_status FROM orders WHERE id = ?::uuid", order))
			.containsExactly(Map.of("status", "delivered", "payment_status", "completed"));
		Database payments = platform.database("payment");
		// A cash payment is recorded when the delivery's event reaches the payment
		// service.
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			List<Map<String, Object>> paid = payments.rows(
					"SELECT status, method, amount FROM payments WHERE order_id = ?::uuid AND status = 'COMPLETED'",
					order);
			assertThat(paid).hasSize(1);
			assertThat((BigDecimal) paid.getFirst().get("amount")).isEqualByComparingTo(total);
			assertThat(paid.getFirst().get("method")).isEqualTo(method);
		});
		assertThat(payments.count("SELECT count(*) FROM refunds WHERE order_id = ?::uuid", order)).isZero();
		Database inventory = platform.database("inventory");
		assertThat(inventory.rows("SELECT status FROM reservations WHERE order_id = ?::uuid", order))
			.containsExactly(Map.of("status", "COMMITTED"));
		assertThat(inventory.rows(
				"SELECT current_stock, reserved FROM inventory WHERE store_id = ?::uuid AND product_id = ?::uuid",
				Demo.KALUPUR_STATION, product))
			.containsExactly(Map.of("current_stock", 18, "reserved", 0));
		Database loyalty = platform.database("loyalty");
		assertThat(loyalty.count("SELECT count(*) FROM loyalty_transactions WHERE order_id = ?::uuid AND type = 'earn'",
				order))
			.isEqualTo(1);
		assertThat(loyalty
			.count("SELECT count(*) FROM loyalty_transactions WHERE order_id = ?::uuid AND type = 'reversal'", order))
			.as("points taken back")
			.isZero();
		Database notification = platform.database("notification");
		assertThat(notification.count(
				"SELECT count(*) FROM deliveries WHERE recipient_id = ?::uuid AND channel = 'EMAIL' AND status = 'SENT' "
						+ "AND variables::text LIKE ?",
				customer.id(), "%" + number + "%"))
			.isPositive();
		Database reviews = platform.database("review");
		assertThat(reviews.count("SELECT count(*) FROM reviews WHERE product_id = ?::uuid", product)).isEqualTo(1);
	}

	private static JsonNode figureOf(JsonNode products, String product) {
		for (String list : List.of("best", "worst")) {
			for (JsonNode figure : products.path(list)) {
				if (figure.path("productId").asString().equals(product)) {
					return figure;
				}
			}
		}
		return null;
	}

	private static void awaitOrder(Gateway gateway, Customer customer, String order, String status) {
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(
					gateway.get("/api/v1/orders/" + order, customer.token()).json().path("status").asString())
				.isEqualTo(status));
	}

}
