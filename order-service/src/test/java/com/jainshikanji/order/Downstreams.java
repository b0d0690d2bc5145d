package com.jainshikanji.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.jainshikanji.testsupport.contract.ConsumerContract;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The inventory, store, customer and loyalty services, as stubs on real HTTP ports,
 * answering with the examples of the contract files in
 * {@code src/test/resources/contracts} (which each of those services checks against its
 * real answers in its own {@code OrderServiceContractTests}), adapted to each test's ids
 * and prices. Started once per JVM; the application under test is pointed at them before
 * it starts.
 */
public final class Downstreams implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final WireMockServer inventory = start();

	static final WireMockServer stores = start();

	static final WireMockServer customers = start();

	static final WireMockServer loyalty = start();

	/** The order service's client secret in tests. */
	static final String SERVICE_SECRET = "test-order-service-secret";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("orders.downstream.inventory-url", inventory.baseUrl());
		properties.put("orders.downstream.store-url", stores.baseUrl());
		properties.put("orders.downstream.customer-url", customers.baseUrl());
		properties.put("orders.downstream.loyalty-url", loyalty.baseUrl());
		properties.put("jainshikanji.security.service-client.token-uri",
				customers.baseUrl() + "/api/v1/auth/service-token");
		properties.put("jainshikanji.security.service-client.client-secret", SERVICE_SECRET);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("downstreams", properties));
		reset();
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.http2PlainDisabled(true)
			.globalTemplating(true)
			.containerThreads(40));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-shutdown"));
		warmUp(server);
		return server;
	}

	/**
	 * A first request, so the first test's calls do not pay for the stub server's
	 * start-up.
	 */
	private static void warmUp(WireMockServer server) {
		try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
			http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/__admin/health"))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException("The stub server at " + server.baseUrl() + " does not answer", ex);
		}
	}

	/** Forgets every stub and request but the identity service's token endpoint. */
	static void reset() {
		for (WireMockServer server : List.of(inventory, stores, customers, loyalty)) {
			if (!server.isRunning()) {
				server.start();
			}
			server.resetAll();
		}
		ConsumerContract token = ConsumerContract.fromClasspath("customer/service-token");
		customers.stubFor(post(urlPathEqualTo(token.path()))
			.withRequestBody(matchingJsonPath("$.clientId", equalTo("order-service")))
			.withRequestBody(matchingJsonPath("$.clientSecret", equalTo(SERVICE_SECRET)))
			.willReturn(json(token.status(), token.responseBodyWith(Map.of("/accessToken",
					TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of()), "/expiresIn", 600)))));
	}

	// Customer service ----------------------------------------------------------------

	/** The customer's profile, served only to a request with the customer's own token. */
	static void customer(UUID customerId, String token, String firstName, String email) {
		ConsumerContract profile = ConsumerContract.fromClasspath("customer/profile");
		customers.stubFor(get(urlPathEqualTo("/api/v1/customers/" + customerId))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(json(profile.status(), profile
				.responseBodyWith(Map.of("/id", customerId.toString(), "/firstName", firstName, "/email", email)))));
	}

	/** One of the customer's saved addresses, served only with the customer's token. */
	static void address(UUID customerId, String token, UUID addressId, String postalCode) {
		ConsumerContract address = ConsumerContract.fromClasspath("customer/address");
		customers.stubFor(get(urlPathEqualTo("/api/v1/customers/" + customerId + "/addresses/" + addressId))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(json(address.status(), address.responseBodyWith(Map.of("/id", addressId.toString(),
					"/postalCode", postalCode, "/landmark", "Near the Jain temple")))));
	}

	/** Any other address of the customer is not theirs. */
	static void noSuchAddress(UUID customerId) {
		ConsumerContract missing = ConsumerContract.fromClasspath("customer/address-not-found");
		customers.stubFor(get(urlPathMatching("/api/v1/customers/" + customerId + "/addresses/.*")).atPriority(10)
			.willReturn(json(missing.status(), JSON.writeValueAsString(missing.responseBody()))));
	}

	// Store service -------------------------------------------------------------------

	/** The store delivers to the postal code for this fee, whatever the subtotal. */
	static void delivers(UUID storeId, String postalCode, String fee, int minutes) {
		ConsumerContract quote = ConsumerContract.fromClasspath("store/delivery-quote");
		stores.stubFor(get(urlPathEqualTo("/api/v1/stores/" + storeId + "/delivery-quote"))
			.withQueryParam("postalCode", equalTo(postalCode))
			.willReturn(json(quote.status(), quote.responseBodyWith(Map.of("/storeId", storeId.toString(),
					"/deliveryFee", new BigDecimal(fee), "/estimatedMinutes", minutes)))));
	}

	/** The store takes pickup and dine-in orders now. */
	static void takesPickup(UUID storeId, int minutes) {
		ConsumerContract quote = ConsumerContract.fromClasspath("store/pickup-quote");
		stores
			.stubFor(get(urlPathEqualTo("/api/v1/stores/" + storeId + "/pickup-quote")).willReturn(json(quote.status(),
					quote.responseBodyWith(Map.of("/storeId", storeId.toString(), "/estimatedMinutes", minutes)))));
	}

	/** Every quote of the store says no, for these reasons. */
	static void refuses(UUID storeId, String... blockers) {
		ConsumerContract quote = ConsumerContract.fromClasspath("store/delivery-quote-refused");
		stores.stubFor(get(urlPathMatching("/api/v1/stores/" + storeId + "/.*-quote"))
			.willReturn(json(quote.status(), quote.responseBodyWith(Map.of("/blockers", List.of(blockers))))));
	}

	/**
	 * The moments the store service's quotes were asked for ({@code at}), oldest first;
	 * "now" for a quote without one.
	 */
	static List<String> quotedFor() {
		return stores.findAll(getRequestedFor(urlPathMatching("/api/v1/stores/[^/]+/.*-quote")))
			.stream()
			.map((request) -> request.queryParameter("at").isPresent() ? request.queryParameter("at").firstValue()
					: "now")
			.toList();
	}

	/** Whatever is asked of the store service answers slower than the client waits. */
	static void storeAnswersSlowly(int millis) {
		stores.stubFor(get(urlPathMatching("/api/v1/stores/.*")).atPriority(1)
			.willReturn(aResponse().withStatus(200).withFixedDelay(millis)));
	}

	// Inventory service ---------------------------------------------------------------

	/** A dish on the menu. */
	record Dish(UUID productId, String name, String price) {

		static Dish of(String name, String price) {
			return new Dish(UUID.randomUUID(), name, price);
		}

		Line times(int quantity) {
			return new Line(this, quantity, List.of(), true);
		}

	}

	/** A line as the catalog prices it. */
	record Line(Dish dish, int quantity, List<Option> options, boolean orderable) {

		Line with(Option option) {
			List<Option> more = new ArrayList<>(this.options);
			more.add(option);
			return new Line(this.dish, this.quantity, more, this.orderable);
		}

		Line notOrderable() {
			return new Line(this.dish, this.quantity, this.options, false);
		}

		BigDecimal unitPrice() {
			return this.options.stream()
				.map((option) -> new BigDecimal(option.modifier()))
				.reduce(new BigDecimal(this.dish.price()), BigDecimal::add);
		}

	}

	record Option(UUID optionId, String customization, String name, String modifier) {

		static Option of(String customization, String name, String modifier) {
			return new Option(UUID.randomUUID(), customization, name, modifier);
		}

	}

	/** The catalog prices the store's order with these lines, in this order. */
	static void prices(UUID storeId, Line... lines) {
		ConsumerContract contract = ConsumerContract.fromClasspath("inventory/price-items");
		ObjectNode body = (ObjectNode) contract.responseBody();
		JsonNode template = body.get("items").get(0);
		ArrayNode items = body.putArray("items");
		BigDecimal subtotal = BigDecimal.ZERO;
		for (Line line : lines) {
			ObjectNode item = (ObjectNode) template.deepCopy();
			BigDecimal total = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
			item.put("productId", line.dish().productId().toString())
				.put("productName", line.dish().name())
				.put("basePrice", new BigDecimal(line.dish().price()))
				.put("unitPrice", line.unitPrice())
				.put("quantity", line.quantity())
				.put("total", total)
				.put("orderable", line.orderable());
			ArrayNode options = item.putArray("options");
			for (Option option : line.options()) {
				options.addObject()
					.put("customizationId", UUID.randomUUID().toString())
					.put("customization", option.customization())
					.put("optionId", option.optionId().toString())
					.put("option", option.name())
					.put("priceModifier", new BigDecimal(option.modifier()));
			}
			items.add(item);
			subtotal = subtotal.add(total);
		}
		body.put("storeId", storeId.toString()).put("subtotal", subtotal);
		inventory.stubFor(post(urlPathEqualTo(contract.path()))
			.withRequestBody(matchingJsonPath("$.storeId", equalTo(storeId.toString())))
			.willReturn(json(contract.status(), JSON.writeValueAsString(body))));
	}

	/**
	 * The catalog refuses the store's order: the option chosen on this line is not the
	 * dish's.
	 */
	static void refusesOption(UUID storeId, int itemIndex, Dish dish) {
		ConsumerContract contract = ConsumerContract.fromClasspath("inventory/price-items-invalid-option");
		inventory.stubFor(post(urlPathEqualTo(contract.path()))
			.withRequestBody(matchingJsonPath("$.storeId", equalTo(storeId.toString())))
			.willReturn(json(contract.status(),
					contract.responseBodyWith(Map.of("/itemIndex", itemIndex, "/productIds",
							List.of(dish.productId().toString()), "/detail",
							"items[" + itemIndex + "]: Option x is not an option of '" + dish.name() + "'")))));
	}

	/**
	 * The store's stock is held for any order (under a fresh reservation id, echoing the
	 * order id), and released when asked; only with a SERVICE-looking bearer token.
	 */
	static void reservesStock(UUID storeId) {
		ConsumerContract contract = ConsumerContract.fromClasspath("inventory/reserve");
		inventory.stubFor(post(urlPathEqualTo(contract.path())).withHeader("Authorization", matching("Bearer .+"))
			.withRequestBody(matchingJsonPath("$.storeId", equalTo(storeId.toString())))
			.willReturn(json(contract.status(), contract.responseBodyWith(Map.of("/id", "{{randomValue type='UUID'}}",
					"/orderId", "{{jsonPath request.body '$.orderId'}}")))));
		ConsumerContract release = ConsumerContract.fromClasspath("inventory/release");
		inventory.stubFor(post(urlPathMatching("/api/v1/inventory/reservations/[^/]+/release")).willReturn(
				json(release.status(), release.responseBodyWith(Map.of("/id", "{{request.pathSegments.[4]}}")))));
	}

	/**
	 * The order id's reservation was released or expired, as the inventory service says
	 * when asked to reserve under it again.
	 */
	static void reservationLapsed(String orderId) {
		ConsumerContract contract = ConsumerContract.fromClasspath("inventory/reserve-not-active");
		inventory.stubFor(post(urlPathEqualTo(contract.path())).atPriority(1)
			.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId)))
			.willReturn(json(contract.status(), contract.responseBodyWith(Map.of()))));
	}

	/** The store has only {@code available} of the dish. */
	static void shortOf(UUID storeId, Dish dish, int requested, int available) {
		ConsumerContract contract = ConsumerContract.fromClasspath("inventory/reserve-insufficient-stock");
		inventory.stubFor(post(urlPathEqualTo(contract.path()))
			.withRequestBody(matchingJsonPath("$.storeId", equalTo(storeId.toString())))
			.willReturn(json(contract.status(),
					contract.responseBodyWith(Map.of("/shortages/0/productId", dish.productId().toString(),
							"/shortages/0/requested", requested, "/shortages/0/available", available)))));
	}

	/** The inventory service refuses connections, as when it is down. */
	static void inventoryDown() {
		inventory.stubFor(post(urlPathMatching(".*")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/** Reserving answers 503, as an overloaded inventory service does. */
	static void reservationsFail() {
		inventory.stubFor(post(urlPathEqualTo("/api/v1/inventory/reservations")).atPriority(1)
			.willReturn(aResponse().withStatus(503)));
	}

	/** The price requests the inventory service received, newest last. */
	static List<JsonNode> priceRequests() {
		return bodiesPosted(inventory, "/api/v1/products/prices");
	}

	/** The reserve requests the inventory service received, newest last. */
	static List<JsonNode> reserveRequests() {
		return bodiesPosted(inventory, "/api/v1/inventory/reservations");
	}

	static int releases() {
		return inventory
			.findAll(com.github.tomakehurst.wiremock.client.WireMock
				.postRequestedFor(urlPathMatching("/api/v1/inventory/reservations/[^/]+/release")))
			.size();
	}

	// Loyalty service ---------------------------------------------------------------

	/**
	 * Every hold (with a SERVICE-looking bearer token) is granted with these amounts,
	 * echoing the order id; releases are acknowledged.
	 */
	static void holdsLoyalty(String couponCode, String discount, boolean freeDelivery, int points,
			String loyaltyDiscount) {
		ConsumerContract contract = ConsumerContract.fromClasspath("loyalty/hold");
		loyalty.stubFor(post(urlPathEqualTo(contract.path())).withHeader("Authorization", matching("Bearer .+"))
			.willReturn(json(contract.status(),
					contract.responseBodyWith(Map.of("/orderId", "{{jsonPath request.body '$.orderId'}}", "/couponCode",
							couponCode, "/discount", new BigDecimal(discount), "/freeDelivery", freeDelivery, "/points",
							points, "/loyaltyDiscount", new BigDecimal(loyaltyDiscount))))));
		ConsumerContract release = ConsumerContract.fromClasspath("loyalty/release");
		loyalty.stubFor(post(urlPathMatching("/api/v1/loyalty/holds/[^/]+/release"))
			.willReturn(aResponse().withStatus(release.status())));
	}

	/** The loyalty service says the coupon does not apply, for this reason. */
	static void refusesCoupon(String couponCode, String reason) {
		ConsumerContract contract = ConsumerContract.fromClasspath("loyalty/hold-coupon-not-applicable");
		loyalty.stubFor(post(urlPathEqualTo(contract.path())).atPriority(1)
			.willReturn(json(contract.status(),
					contract.responseBodyWith(Map.of("/couponCode", couponCode, "/reason", reason)))));
	}

	/** The loyalty service says the customer has too few points. */
	static void lacksPoints(int requested, int balance) {
		ConsumerContract contract = ConsumerContract.fromClasspath("loyalty/hold-insufficient-points");
		loyalty.stubFor(post(urlPathEqualTo(contract.path())).atPriority(1)
			.willReturn(json(contract.status(),
					contract.responseBodyWith(Map.of("/requested", requested, "/balance", balance)))));
	}

	/** Holding answers 503, as an overloaded loyalty service does. */
	static void loyaltyFails() {
		loyalty.stubFor(
				post(urlPathEqualTo("/api/v1/loyalty/holds")).atPriority(1).willReturn(aResponse().withStatus(503)));
	}

	/** Releasing a hold answers 503, as an overloaded loyalty service does. */
	static void loyaltyReleasesFail() {
		loyalty.stubFor(post(urlPathMatching("/api/v1/loyalty/holds/[^/]+/release")).atPriority(1)
			.willReturn(aResponse().withStatus(503)));
	}

	/** The hold requests the loyalty service received, newest last. */
	static List<JsonNode> holdRequests() {
		return bodiesPosted(loyalty, "/api/v1/loyalty/holds");
	}

	static int loyaltyReleases() {
		return loyaltyReleasedOrders().size();
	}

	/**
	 * The order ids whose holds the loyalty service was asked to release, oldest first.
	 */
	static List<String> loyaltyReleasedOrders() {
		return loyalty
			.findAll(com.github.tomakehurst.wiremock.client.WireMock
				.postRequestedFor(urlPathMatching("/api/v1/loyalty/holds/[^/]+/release")))
			.stream()
			.map((request) -> request.getUrl().split("/")[5])
			.toList();
	}

	/** The bodies of the POSTs to {@code path} the stub received, newest last. */
	private static List<JsonNode> bodiesPosted(WireMockServer server, String path) {
		return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(path)))
			.stream()
			.map((request) -> JSON.readTree(request.getBodyAsString()))
			.toList();
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		String type = (status >= 400) ? "application/problem+json" : "application/json";
		return aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body);
	}

}
