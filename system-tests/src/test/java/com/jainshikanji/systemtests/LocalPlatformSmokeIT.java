package com.jainshikanji.systemtests;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local platform started exactly as the README's run command does (the launcher jar,
 * from empty data), talked to through the gateway like a client app. Runs first, on the
 * demo data as the launcher seeds it (some checks count the demo reviews); stopping the
 * platform is {@link LocalPlatformShutdownIT}'s, last.
 */
@LocalPlatformTest
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformSmokeIT {

	private static final String GATEWAY = LocalPlatform.GATEWAY_URL;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Path data;

	@BeforeAll
	static void platform(LocalPlatform platform) {
		data = platform.dataDirectory();
	}

	@Test
	@Order(1)
	void aNewCustomerRegistersLogsInAndReadsTheirProfileThroughTheGateway() throws Exception {
		String email = "smoke-" + UUID.randomUUID() + "@example.com";
		HttpResponse<String> registered = register(email, "Smoke");
		assertThat(registered.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(GATEWAY + "/api/v1/customers/"));

		HttpResponse<String> login = post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"smoke-test-password\"}", null);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String accessToken = field(login.body(), "accessToken");

		HttpResponse<String> me = get("/api/v1/customers/me", accessToken);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"email\":\"" + email + "\"").contains("\"roles\":[\"CUSTOMER\"]");
	}

	/**
	 * A session ended on one device (logout) stops its access token at the gateway within
	 * seconds, not when the token expires; the same customer's other session goes on.
	 */
	@Test
	@Order(2)
	void aLoggedOutSessionsAccessTokenIsRefusedWithinSecondsWhileTheOtherSessionGoesOn() throws Exception {
		String email = "sessions-" + UUID.randomUUID() + "@example.com";
		assertThat(register(email, "Sessions").statusCode()).isEqualTo(201);
		String credentials = "{\"email\":\"" + email + "\",\"password\":\"smoke-test-password\"}";
		HttpResponse<String> phone = post("/api/v1/auth/login", credentials, null);
		HttpResponse<String> laptop = post("/api/v1/auth/login", credentials, null);
		String phoneToken = field(phone.body(), "accessToken");
		String laptopToken = field(laptop.body(), "accessToken");
		assertThat(get("/api/v1/customers/me", phoneToken).statusCode()).isEqualTo(200);

		HttpResponse<String> logout = post("/api/v1/auth/logout",
				"{\"refreshToken\":\"" + field(phone.body(), "refreshToken") + "\"}", phoneToken);
		assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
		long loggedOut = System.nanoTime();
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get("/api/v1/customers/me", phoneToken).statusCode() == 401);
		System.out.printf("[system-tests] a logged-out session's access token refused at the gateway after %.1f s%n",
				(System.nanoTime() - loggedOut) / 1e9);
		HttpResponse<String> refused = get("/api/v1/customers/me", phoneToken);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("invalid-token");
		assertThat(get("/api/v1/customers/me", laptopToken).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void theGatewayRefusesWhatTheCallerMayNotDo() throws Exception {
		assertThat(get("/api/v1/customers/me", null).statusCode()).isEqualTo(401);
		String customer = field(
				post("/api/v1/auth/login",
						"{\"email\":\"customer@jainshikanji.local\",\"password\":\"demo-customer-pass\"}", null)
					.body(),
				"accessToken");
		HttpResponse<String> refused = post("/api/v1/stores", "{}", customer);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	@Order(3)
	void demoStoresAreBrowsableWithoutAToken() throws Exception {
		HttpResponse<String> stores = get("/api/v1/stores", null);
		assertThat(stores.statusCode()).isEqualTo(200);
		assertThat(stores.body()).contains("a1000000-0000-4000-8000-000000000001");
	}

	@Test
	@Order(4)
	void theDemoMenuIsBrowsableAndPricedWithoutAToken() throws Exception {
		HttpResponse<String> menu = get("/api/v1/products?category=shikanji&size=5", null);
		assertThat(menu.statusCode()).as(menu.body()).isEqualTo(200);
		assertThat(menu.body()).contains("Shikanji");
		HttpResponse<String> search = get("/api/v1/products?q=jaljeera", null);
		assertThat(search.body()).contains("Jaljeera");
		HttpResponse<String> quote = get(
				"/api/v1/stores/a1000000-0000-4000-8000-000000000001/delivery-quote?postalCode=380001&subtotal=250",
				null);
		assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
		assertThat(quote.body()).contains("\"deliverable\":true");
	}

	@Test
	@Order(4)
	void aProductsReviewsAndTheRatingTheMenuShowsArePublic() throws Exception {
		HttpResponse<String> reviews = get("/api/v1/reviews/product/e2000000-0000-4000-8000-000000000002", null);
		assertThat(reviews.statusCode()).as(reviews.body()).isEqualTo(200);
		assertThat(reviews.body()).contains("Tangy, salty, perfect").contains("\"reviewCount\":5");
		HttpResponse<String> product = get("/api/v1/products/masala-shikanji", null);
		assertThat(product.body()).contains("\"rating\":4.15").contains("\"reviewCount\":5");
	}

	@Test
	@Order(6)
	void theSwaggerUiListsEveryRunningServicesApi() throws Exception {
		for (String service : List.of("customer-service", "inventory-service", "store-service", "order-service",
				"payment-service", "review-service")) {
			HttpResponse<String> docs = get("/api-docs/" + service, null);
			assertThat(docs.statusCode()).as(service).isEqualTo(200);
			assertThat(docs.body()).as(service).contains("\"openapi\"").contains("\"paths\"");
		}
		assertThat(get("/v3/api-docs/swagger-config", null).body()).contains("/api-docs/inventory-service");
	}

	@Test
	@Order(5)
	void staffRunTheStockOfTheirOwnStoreOnly() throws Exception {
		String staff = field(post("/api/v1/auth/login",
				"{\"email\":\"staff@jainshikanji.local\",\"password\":\"demo-staff-pass\"}", null)
			.body(), "accessToken");
		HttpResponse<String> own = get("/api/v1/inventory/stores/a1000000-0000-4000-8000-000000000001/stock", staff);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		HttpResponse<String> other = get("/api/v1/inventory/stores/a1000000-0000-4000-8000-000000000003/stock", staff);
		assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
	}

	/**
	 * A member of staff the manager removes from the store loses it within seconds, not
	 * when their access token expires, even one issued in the second of the removal: the
	 * gateway refuses the token that still names the store, and the one their refresh
	 * brings no longer names it. They stay signed in.
	 */
	@Test
	@Order(6)
	void aChefTheManagerRemovesLosesTheStoreWithinSecondsAndStaysSignedIn() throws Exception {
		String store = MANEK_CHOWK;
		String stock = "/api/v1/inventory/stores/" + store + "/stock";
		String manager = field(post("/api/v1/auth/login",
				"{\"email\":\"staff@jainshikanji.local\",\"password\":\"demo-staff-pass\"}", null)
			.body(), "accessToken");
		String email = "chef-" + UUID.randomUUID() + "@example.com";
		String location = register(email, "Chef").headers().firstValue("Location").orElseThrow();
		String chefId = location.substring(location.lastIndexOf('/') + 1);
		HttpResponse<String> hired = post("/api/v1/stores/" + store + "/staff",
				"{\"userId\":\"" + chefId + "\",\"name\":\"Chef\",\"email\":\"" + email + "\",\"role\":\"CHEF\"}",
				manager);
		assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
		String credentials = "{\"email\":\"" + email + "\",\"password\":\"smoke-test-password\"}";
		String[] chef = new String[2];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			HttpResponse<String> login = post("/api/v1/auth/login", credentials, null);
			chef[0] = field(login.body(), "accessToken");
			chef[1] = field(login.body(), "refreshToken");
			return get(stock, chef[0]).statusCode() == 200;
		});

		// Access tokens say when they were issued to the whole second: the chef signs in
		// again at the start of one and is removed within it, which the gateway must
		// catch by what the token says, not by when (ADR 0003).
		Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 20);
		HttpResponse<String> login = post("/api/v1/auth/login", credentials, null);
		long signedInAt = System.nanoTime();
		chef[0] = field(login.body(), "accessToken");
		chef[1] = field(login.body(), "refreshToken");
		HttpResponse<String> removed = delete("/api/v1/stores/" + store + "/staff/" + first(hired.body(), "id"),
				manager);
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
		long removedAt = System.nanoTime();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get(stock, chef[0]).statusCode() == 401);
		System.out.printf(
				"[system-tests] a removed chef's access token (issued %d ms before the removal) refused at the gateway "
						+ "after %.1f s%n",
				Duration.ofNanos(removedAt - signedInAt).toMillis(), (System.nanoTime() - removedAt) / 1e9);
		HttpResponse<String> refreshed = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + chef[1] + "\"}", null);
		assertThat(refreshed.statusCode()).as("still signed in: %s", refreshed.body()).isEqualTo(200);
		String now = field(refreshed.body(), "accessToken");
		assertThat(get(stock, now).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/customers/me", now).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(7)
	void aCustomerOrdersForCashOnDeliveryTheStoreCooksItItsRiderDeliversItAndTheCustomerSeesEveryStep()
			throws Exception {
		String customer = login("customer@jainshikanji.local", "demo-customer-pass");
		String staff = login("staff@jainshikanji.local", "demo-staff-pass");
		String rider = login("delivery@jainshikanji.local", "demo-delivery-pass");
		// Two classic shikanji, regular size and sugar, to the demo customer's home, from
		// the store open around
		// the clock (Kalupur Station); option ids as the demo menu derives them.
		String classic = "e2000000-0000-4000-8000-000000000001";
		String order = """
				{"storeId": "a1000000-0000-4000-8000-000000000004", "deliveryType": "delivery",
				 "addressId": "d1000000-0000-4000-8000-000000000001", "paymentMethod": "cod",
				 "items": [{"productId": "%s", "quantity": 2, "selectedOptionIds": ["%s", "%s"]}]}
				""".formatted(classic, demoOption(classic, "size:regular"), demoOption(classic, "sugar:regular"));
		String key = UUID.randomUUID().toString();

		HttpResponse<String> placed = post("/api/v1/orders", order, customer, key);
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		assertThat(placed.body()).contains("\"status\":\"confirmed\"", "\"paymentStatus\":\"pending\"")
			.containsPattern("\"total\":99\\.0");
		String path = placed.headers().firstValue("Location").orElseThrow().replaceAll("^.*(/api/v1/orders/)", "$1");
		HttpResponse<String> again = post("/api/v1/orders", order, customer, key);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(again.body()).isEqualTo(placed.body());

		for (String status : List.of("preparing", "ready")) {
			assertThat(put(path + "/status", "{\"status\":\"" + status + "\"}", staff).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> assigned = put(path + "/delivery-person",
				"{\"userId\":\"c0000000-0000-4000-8000-000000000004\"}", staff);
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		// The rider takes it from here, on the job customer-service put in the rider's
		// token; cancelling it is not a rider's to do.
		HttpResponse<String> riderCancels = put(path + "/status", "{\"status\":\"cancelled\"}", rider);
		assertThat(riderCancels.statusCode()).as(riderCancels.body()).isEqualTo(403);
		assertThat(riderCancels.body()).contains("store-duty-not-allowed", "\"duty\":\"CANCEL_ORDERS\"",
				"\"job\":\"DELIVERY\"");
		// Nor is saying who delivers it, or a rider could take orders from another; and
		// where the rider is stays theirs until the order is out for delivery.
		HttpResponse<String> riderAssigns = put(path + "/delivery-person",
				"{\"userId\":\"c0000000-0000-4000-8000-000000000004\"}", rider);
		assertThat(riderAssigns.statusCode()).as(riderAssigns.body()).isEqualTo(403);
		assertThat(riderAssigns.body()).contains("\"duty\":\"ASSIGN_DELIVERIES\"");
		HttpResponse<String> tooEarly = post(path + "/tracking", "{\"latitude\": 23.0, \"longitude\": 72.5}", rider,
				null);
		assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
		assertThat(put(path + "/status", "{\"status\":\"out_for_delivery\"}", rider).statusCode()).isEqualTo(200);
		HttpResponse<String> location = post(path + "/tracking",
				"{\"latitude\": 23.0258, \"longitude\": 72.5871, \"message\": \"At the gate\"}", rider, null);
		assertThat(location.statusCode()).as(location.body()).isEqualTo(201);
		HttpResponse<String> delivered = put(path + "/status",
				"{\"status\":\"delivered\",\"note\":\"Handed over\",\"cashCollected\":true}", rider);
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
		assertThat(delivered.body()).contains("\"paymentStatus\":\"completed\"");

		HttpResponse<String> timeline = get(path + "/timeline", customer);
		assertThat(timeline.statusCode()).isEqualTo(200);
		assertThat(timeline.body())
			.containsPattern("\"status\":\"confirmed\".*\"status\":\"preparing\".*\"status\":\"ready\".*"
					+ "\"status\":\"out_for_delivery\".*\"status\":\"delivered\"");
		assertThat(get(path + "/tracking", customer).body()).contains("At the gate");

		// The delivery makes the product reviewable (OrderDelivered, through Kafka), and
		// the review counts at once in the product's rating (Classic Shikanji had four
		// demo reviews). The menu's copy of the rating (ProductRatingChanged) follows
		// asynchronously and is not awaited here.
		String review = "{\"orderId\":\"%s\",\"productId\":\"%s\",\"rating\":5,\"title\":\"Just right\"}"
			.formatted(path.substring(path.lastIndexOf('/') + 1), classic);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> reviewed = post("/api/v1/reviews", review, customer);
		while (reviewed.body().contains("item-not-reviewable") && System.nanoTime() < deadline) {
			Thread.sleep(500);
			reviewed = post("/api/v1/reviews", review, customer);
		}
		assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
		assertThat(get("/api/v1/reviews/product/" + classic, null).body()).contains("\"reviewCount\":5")
			.contains("Just right");
	}

	@Test
	@Order(8)
	void razorpaysWebhookIsOpenAtTheGatewayButTrustsOnlyItsSignature() throws Exception {
		HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/payments/webhook"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("X-Razorpay-Signature", "0".repeat(64))
			.header("X-Razorpay-Event-Id", "evt_smoke000000001")
			.POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"payment.captured\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
		assertThat(forged.body()).contains("invalid-webhook-signature");
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:8090/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body()).contains("\"UP\"");
	}

	/**
	 * The whole online flow through the gateway: a customer places an order, pays it in
	 * the Razorpay sandbox, the app verifies, the webhooks arrive, the order is
	 * confirmed, staff hand it over at the counter.
	 */
	@Test
	@Order(9)
	void anOnlineOrderIsPaidInTheSandboxConfirmedAndDelivered() throws Exception {
		String customer = login("customer@jainshikanji.local", "demo-customer-pass");
		String staff = login("staff@jainshikanji.local", "demo-staff-pass");
		String admin = login("admin@jainshikanji.local", "demo-admin-pass");
		long placedBefore = placedLately(KALUPUR_STATION, admin);
		String classic = "e2000000-0000-4000-8000-000000000001";
		String pickup = """
				{"storeId": "%s", "deliveryType": "pickup", "paymentMethod": "upi",
				 "items": [{"productId": "%s", "quantity": 1, "selectedOptionIds": ["%s", "%s"]}]}
				""".formatted(KALUPUR_STATION, classic, demoOption(classic, "size:regular"),
				demoOption(classic, "sugar:regular"));
		HttpResponse<String> placed = send("POST", "/api/v1/orders", pickup, customer, "Idempotency-Key",
				"smoke-" + UUID.randomUUID());
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String order = first(placed.body(), "id");

		HttpResponse<String> initiated = post("/api/v1/payments/initiate", "{\"orderId\":\"" + order + "\"}", customer);
		for (int i = 0; i < 20 && initiated.statusCode() == 409
				&& initiated.body().contains("order-not-yet-known"); i++) {
			Thread.sleep(500);
			initiated = post("/api/v1/payments/initiate", "{\"orderId\":\"" + order + "\"}", customer);
		}
		assertThat(initiated.statusCode()).as(initiated.body()).isEqualTo(201);
		String razorpayOrder = field(initiated.body(), "order_id");
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:8090/sandbox/orders/" + razorpayOrder + "/pay"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		HttpResponse<String> verified = post("/api/v1/payments/verify", answer.body(), customer);
		assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
		assertThat(verified.body()).contains("\"status\":\"COMPLETED\"");

		awaitOrderStatus(order, customer, "confirmed");
		for (String status : List.of("preparing", "ready", "delivered")) {
			HttpResponse<String> moved = send("PUT", "/api/v1/orders/" + order + "/status",
					"{\"status\":\"" + status + "\"}", staff);
			assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		}
		awaitOrderStatus(order, customer, "delivered");
		HttpResponse<String> payments = get("/api/v1/payments/order/" + order, customer);
		assertThat(payments.body()).contains("\"status\":\"COMPLETED\"").contains(razorpayOrder);

		// The analytics service counted it from the order events.
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (placedLately(KALUPUR_STATION, admin) <= placedBefore && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(placedLately(KALUPUR_STATION, admin)).as("orders placed at the store lately")
			.isGreaterThan(placedBefore);
	}

	/**
	 * The analytics dashboard through the gateway: the page and Chart.js without a token,
	 * the demo history in the figures for the demo manager's store, nothing for a
	 * customer.
	 */
	@Test
	@Order(10)
	void theAnalyticsDashboardShowsTheDemoHistoryToTheStoresManager() throws Exception {
		HttpResponse<String> page = get("/analytics/dashboard", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/analytics/webjars/chart.js/dist/chart.umd.js");
		assertThat(get("/analytics/webjars/chart.js/dist/chart.umd.js", null).statusCode()).isEqualTo(200);

		String staff = login("staff@jainshikanji.local", "demo-staff-pass");
		HttpResponse<String> dashboard = get("/api/v1/analytics/dashboard?storeId=" + MANEK_CHOWK + "&days=28", staff);
		assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
		assertThat(dashboard.body()).containsPattern("\"orders\":[1-9]");
		String customer = login("customer@jainshikanji.local", "demo-customer-pass");
		assertThat(get("/api/v1/analytics/dashboard", customer).statusCode()).isEqualTo(403);
	}

	/**
	 * Loyalty inside the order saga, and the emails it sends: the demo customer orders
	 * with a coupon and points, the loyalty service's holds price the order, the order's
	 * confirmation arrives by email, delivery earns points and makes the item reviewable.
	 */
	@Test
	@Order(11)
	void anOrderWithACouponAndPointsIsEmailedAndItsDeliveryEarnsPoints() throws Exception {
		String customer = login("customer@jainshikanji.local", "demo-customer-pass");
		String staff = login("staff@jainshikanji.local", "demo-staff-pass");
		String account = "/api/v1/loyalty/customer/c0000000-0000-4000-8000-000000000003";
		long before = number(get(account, customer).body(), "balance");
		String classic = "e2000000-0000-4000-8000-000000000001";
		// Three regular classic shikanji: ₹120, over WELCOME20's ₹100 minimum; 20% off is
		// ₹24, and 100 points are worth ₹25.
		String order = """
				{"storeId": "%s", "deliveryType": "pickup", "paymentMethod": "cod", "couponCode": "WELCOME20",
				 "pointsToRedeem": 100,
				 "items": [{"productId": "%s", "quantity": 3, "selectedOptionIds": ["%s", "%s"]}]}
				""".formatted(KALUPUR_STATION, classic, demoOption(classic, "size:regular"),
				demoOption(classic, "sugar:regular"));
		HttpResponse<String> placed = send("POST", "/api/v1/orders", order, customer, "Idempotency-Key",
				"smoke-" + UUID.randomUUID());
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		assertThat(placed.body()).contains("\"discount\":24.0", "\"loyaltyDiscount\":25.0");
		String id = first(placed.body(), "id");
		String number = first(placed.body(), "orderNumber");
		awaitBalance(account, customer, before - 100);

		awaitEmail("customer@jainshikanji.local", number);

		for (String status : List.of("preparing", "ready")) {
			assertThat(put("/api/v1/orders/" + id + "/status", "{\"status\":\"" + status + "\"}", staff).statusCode())
				.isEqualTo(200);
		}
		HttpResponse<String> delivered = put("/api/v1/orders/" + id + "/status",
				"{\"status\":\"delivered\",\"cashCollected\":true}", staff);
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
		long total = Math.round(Double.parseDouble(java.util.regex.Pattern.compile("\"total\":([0-9.]+)")
			.matcher(delivered.body())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1)));
		// 1 point per ₹10 of the total, times the Silver multiplier (at least 1).
		long earned = awaitBalanceAbove(account, customer, before - 100) - (before - 100);
		assertThat(earned).as("points for a ₹%d order", total).isGreaterThanOrEqualTo(total / 10);
		assertThat(get(account, customer).body()).contains(id);
		// The cash booked at the payment service is the order's one payment: never
		// refunded as a second one, so the points stay earned.
		awaitCashBookedAndKept(id, customer, account, before - 100 + earned);

		// Delivered, so reviewable: once per order item.
		String review = "{\"orderId\":\"%s\",\"productId\":\"%s\",\"rating\":4,\"text\":\"Worth the coupon\"}"
			.formatted(id, classic);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> reviewed = post("/api/v1/reviews", review, customer);
		while (reviewed.body().contains("item-not-reviewable") && System.nanoTime() < deadline) {
			Thread.sleep(500);
			reviewed = post("/api/v1/reviews", review, customer);
		}
		assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
		assertThat(post("/api/v1/reviews", review, customer).statusCode()).isEqualTo(409);
	}

	/**
	 * A reward is a coupon of the customer's own: a new customer, given 200 points by an
	 * admin, takes the free Masala Shikanji, orders one paid online with its code, and
	 * the order, with nothing left to pay, is confirmed at once; the coupon serves that
	 * order only. (A customer of its own: the demo customer's orders are counted by the
	 * drills that follow on the same platform.)
	 */
	@Test
	@Order(12)
	void aRewardsCouponPaysForItsItemOnceAndAnOrderWithNothingToPayIsConfirmedAtOnce() throws Exception {
		String email = "reward-" + UUID.randomUUID() + "@example.com";
		HttpResponse<String> registered = register(email, "Reward");
		String location = registered.headers().firstValue("Location").orElseThrow();
		String customerId = location.substring(location.lastIndexOf('/') + 1);
		String admin = login("admin@jainshikanji.local", "demo-admin-pass");
		HttpResponse<String> granted = post("/api/v1/loyalty/earn",
				"{\"customerId\": \"" + customerId + "\", \"points\": 200, \"reason\": \"Smoke test\"}", admin);
		assertThat(granted.statusCode()).as(granted.body()).isBetween(200, 201);
		String customer = login(email, "smoke-test-password");
		HttpResponse<String> taken = post("/api/v1/loyalty/redeem",
				"{\"rewardId\": \"1f000000-0000-4000-8000-000000000002\"}", customer, "reward-" + UUID.randomUUID());
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
		String code = java.util.regex.Pattern.compile("\"code\":\"(RW-[0-9A-Z]{8})\"")
			.matcher(taken.body())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		String masala = "e2000000-0000-4000-8000-000000000002";
		String order = """
				{"storeId": "%s", "deliveryType": "pickup", "paymentMethod": "upi", "couponCode": "%s",
				 "items": [{"productId": "%s", "quantity": 1, "selectedOptionIds": ["%s", "%s"]}]}
				""".formatted(KALUPUR_STATION, code, masala, demoOption(masala, "size:regular"),
				demoOption(masala, "sugar:regular"));

		HttpResponse<String> placed = send("POST", "/api/v1/orders", order, customer, "Idempotency-Key",
				"reward-order-" + UUID.randomUUID());
		HttpResponse<String> again = send("POST", "/api/v1/orders", order, customer, "Idempotency-Key",
				"reward-order-" + UUID.randomUUID());

		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		assertThat(placed.body()).contains("\"status\":\"confirmed\"", "\"paymentStatus\":\"completed\"",
				"\"total\":0.0");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
		assertThat(again.body()).contains("customer-limit-reached");
		HttpResponse<String> paying = post("/api/v1/payments/initiate",
				"{\"orderId\": \"" + first(placed.body(), "id") + "\"}", customer);
		assertThat(paying.statusCode()).as(paying.body()).isEqualTo(409);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String coupons = get("/api/v1/loyalty/coupons", customer).body();
		while (!coupons.contains("\"status\":\"USED\"") && System.nanoTime() < deadline) {
			Thread.sleep(500);
			coupons = get("/api/v1/loyalty/coupons", customer).body();
		}
		assertThat(coupons).contains("\"code\":\"" + code + "\"", "\"status\":\"USED\"");
	}

	/**
	 * The gateway is the only way in from another machine: the services' own ports would
	 * skip its authentication and rate limits, the management ports show metrics.
	 */
	@Test
	@Order(13)
	void onlyTheGatewayAnswersOnThisMachinesOtherAddresses() throws Exception {
		InetAddress address = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.filter((network) -> !isLoopback(network))
			.flatMap(NetworkInterface::inetAddresses)
			.filter((candidate) -> candidate instanceof Inet4Address)
			.findFirst()
			.orElse(null);
		assumeTrue(address != null, "this machine has no address but its loopback");
		assertThat(answers(address, 8080)).as("the gateway on %s", address).isTrue();
		for (int port : List.of(8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090, 9080, 9081, 9083, 9085,
				9089)) {
			assertThat(answers(address, port)).as("port %d on %s", port, address).isFalse();
		}
	}

	private static boolean isLoopback(NetworkInterface network) {
		try {
			return network.isLoopback() || !network.isUp();
		}
		catch (SocketException ex) {
			return true;
		}
	}

	private static boolean answers(InetAddress address, int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (ConnectException ex) {
			return false;
		}
	}

	private static long number(String json, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)")
			.matcher(json);
		assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static void awaitBalance(String account, String token, long expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long balance = number(get(account, token).body(), "balance");
		while (balance != expected && System.nanoTime() < deadline) {
			Thread.sleep(500);
			balance = number(get(account, token).body(), "balance");
		}
		assertThat(balance).isEqualTo(expected);
	}

	private static void awaitCashBookedAndKept(String order, String token, String account, long balance)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String payments = get("/api/v1/payments/order/" + order, token).body();
		while (!payments.contains("\"status\":\"COMPLETED\"") && System.nanoTime() < deadline) {
			Thread.sleep(500);
			payments = get("/api/v1/payments/order/" + order, token).body();
		}
		assertThat(payments).as("cash payment booked").contains("\"status\":\"COMPLETED\"");
		// A wrongly refunded payment shows within a second of its booking; watch for 5.
		long watch = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < watch) {
			assertThat(get("/api/v1/payments/order/" + order, token).body()).as("cash payment kept")
				.doesNotContain("REFUND");
			assertThat(number(get(account, token).body(), "balance")).as("points kept").isEqualTo(balance);
			Thread.sleep(500);
		}
	}

	private static long awaitBalanceAbove(String account, String token, long floor) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long balance = number(get(account, token).body(), "balance");
		while (balance <= floor && System.nanoTime() < deadline) {
			Thread.sleep(500);
			balance = number(get(account, token).body(), "balance");
		}
		assertThat(balance).as("balance after delivery").isGreaterThan(floor);
		return balance;
	}

	/**
	 * Waits for an email to that address mentioning the text, in the launcher's mail
	 * drop.
	 */
	private static void awaitEmail(String to, String text) throws Exception {
		Path mail = data.resolve("mail");
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.isDirectory(mail)) {
				try (java.util.stream.Stream<Path> files = Files.list(mail)) {
					for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(to + ".eml")).toList()) {
						if (Files.readString(file, StandardCharsets.ISO_8859_1).contains(text)) {
							return;
						}
					}
				}
			}
			Thread.sleep(500);
		}
		throw new AssertionError("No email to " + to + " mentioning " + text + " in " + mail);
	}

	/**
	 * Orders placed at a store today and yesterday (its time), as analytics counts them.
	 */
	private static long placedLately(String storeId, String admin) throws Exception {
		HttpResponse<String> sales = get("/api/v1/analytics/sales?storeId=" + storeId + "&days=2", admin);
		assertThat(sales.statusCode()).as(sales.body()).isEqualTo(200);
		java.util.regex.Matcher placed = java.util.regex.Pattern.compile("\"totals\":\\{\"placed\":(\\d+)")
			.matcher(sales.body());
		assertThat(placed.find()).as(sales.body()).isTrue();
		return Long.parseLong(placed.group(1));
	}

	private static HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String json, String token) throws Exception {
		return post(path, json, token, null);
	}

	private static HttpResponse<String> post(String path, String json, String token, String idempotencyKey)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> delete(String path, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + token)
			.DELETE()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> put(String path, String json, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static final String MANEK_CHOWK = "a1000000-0000-4000-8000-000000000001";

	/** Registers a customer with the smoke tests' password; asserts the 201. */
	private static HttpResponse<String> register(String email, String firstName) throws Exception {
		HttpResponse<String> registered = post("/api/v1/auth/register", "{\"email\":\"" + email
				+ "\",\"password\":\"smoke-test-password\",\"firstName\":\"" + firstName + "\"}", null);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return registered;
	}

	private static String login(String email, String password) throws Exception {
		HttpResponse<String> login = post("/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return field(login.body(), "accessToken");
	}

	/**
	 * A demo menu option's id, derived as the inventory service's demo data derives it.
	 */
	private static String demoOption(String productId, String key) throws Exception {
		String hex = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("MD5")
				.digest((productId + ":" + key).getBytes(StandardCharsets.UTF_8)));
		return hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
	}

	private static final String KALUPUR_STATION = "a1000000-0000-4000-8000-000000000004";

	private static void awaitOrderStatus(String order, String token, String status) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> read = get("/api/v1/orders/" + order, token);
		while (!read.body().contains("\"status\":\"" + status + "\"") && System.nanoTime() < deadline) {
			Thread.sleep(500);
			read = get("/api/v1/orders/" + order, token);
		}
		assertThat(read.body()).as("order %s", order).contains("\"status\":\"" + status + "\"");
	}

	private static HttpResponse<String> send(String method, String path, String json, String token, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The first string member of that name, wherever it is nested. */
	private static String first(String json, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"")
			.matcher(json);
		assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
		return matcher.group(1);
	}

	private static String field(String json, String name) {
		return json.replaceAll(".*\"" + name + "\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

}
