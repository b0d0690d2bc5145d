package com.jainshikanji.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.Topics;
import com.jainshikanji.order.Downstreams.Dish;
import com.jainshikanji.order.Downstreams.Line;
import com.jainshikanji.order.Downstreams.Option;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing orders against the contracts of the inventory, store and customer services: the
 * server prices everything, the store and stock decide whether it can be had, and every
 * refusal names what is wrong.
 */
@OrderServiceTest
class PlacementTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	Api api;

	Shop shop;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
	}

	@Test
	void aCashOnDeliveryOrderIsPricedByTheServerAndConfirmedAtOnce() {
		Option large = Option.of("Size", "Large (500 ml)", "20.00");
		Line shikanji = this.shop.shikanji.times(2).with(large);
		Line kachori = this.shop.kachori.times(1);
		Downstreams.prices(this.shop.storeId, shikanji, kachori);
		Map<String, Object> request = OrderRequests.at(this.shop.storeId)
			.items(shikanji, kachori)
			.deliveredTo(this.shop.addressId)
			.cashOnDelivery()
			.with("specialInstructions", "Ring twice")
			// Whatever a client says a price is, it is not read.
			.with("total", 1)
			.with("subtotal", 1)
			.build();

		double placedBefore = placed("cod");
		RestTestClient.ResponseSpec response = this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				request);

		assertThat(placed("cod") - placedBefore).as("orders.placed").isEqualTo(1);
		response.expectHeader().valueMatches("Location", "http://localhost:\\d+/api/v1/orders/[0-9a-f-]{36}");
		Map<String, Object> order = Api.json(response, 201);
		assertThat(order.get("status")).isEqualTo("confirmed");
		assertThat(order.get("paymentStatus")).isEqualTo("pending");
		assertThat(order.get("paymentMethod")).isEqualTo("cod");
		assertThat((String) order.get("orderNumber")).matches("ORD\\d{8}-\\d{6}");
		@SuppressWarnings("unchecked")
		Map<String, Object> amounts = (Map<String, Object>) order.get("amounts");
		// 2 x (50.00 + 20.00) + 35.50 = 175.50; 5% GST = 8.775 -> 8.78; + 15.00 delivery
		assertThat(amounts).containsEntry("subtotal", 175.5)
			.containsEntry("tax", 8.78)
			.containsEntry("deliveryFee", 15.0)
			.containsEntry("total", 199.28);
		@SuppressWarnings("unchecked")
		Map<String, Object> customer = (Map<String, Object>) order.get("customer");
		assertThat(customer).containsEntry("name", "Asha").containsEntry("id", this.shop.customerId.toString());
		@SuppressWarnings("unchecked")
		Map<String, Object> address = (Map<String, Object>) order.get("deliveryAddress");
		assertThat(address).containsEntry("postalCode", Shop.POSTAL_CODE)
			.containsEntry("addressId", this.shop.addressId.toString());
		assertThat(Api.items(Map.of("items", order.get("items")))).hasSize(2)
			.first()
			.satisfies((item) -> assertThat(item).containsEntry("unitPrice", 70.0).containsEntry("subtotal", 140.0));
		List<Map<String, Object>> reserved = Downstreams.reserveRequests()
			.stream()
			.map((node) -> Downstreams.JSON.convertValue(node, Map.class))
			.map((map) -> (Map<String, Object>) map)
			.toList();
		assertThat(reserved).singleElement()
			.satisfies((reserve) -> assertThat(reserve).containsEntry("orderId", order.get("id")));
	}

	private double placed(String paymentMethod) {
		return this.meters.get("orders.placed").tag("payment_method", paymentMethod).counter().count();
	}

	@Test
	void theOrderAndItsEventsAreStoredTogether() {
		Map<String, Object> order = Api.json(
				this.api.place(this.shop.customer, UUID.randomUUID().toString(), this.shop.twoShikanji().build()), 201);

		assertThat(order.get("status")).isEqualTo("pending");
		assertThat(order.get("paymentDueBy")).isNotNull();
		assertThat(this.jdbc.sql("SELECT total FROM orders WHERE id = :id")
			.param("id", Api.id(order))
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("120.00");
		try (TopicReader reader = TopicReader.of(Topics.ORDER)) {
			List<ConsumerRecord<String, String>> created = reader.await(
					(record) -> record.key().equals(order.get("id")) && record.value().contains("\"OrderCreated\""), 1,
					Duration.ofSeconds(20));
			assertThat(created.getFirst().value()).contains("\"status\":\"pending\"", "\"total\":120.0");
		}
	}

	@Test
	void pickupNeedsNoAddressAndPaysNoDeliveryFee() {
		Line line = this.shop.kachori.times(3);
		Downstreams.prices(this.shop.storeId, line);

		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				OrderRequests.at(this.shop.storeId).items(line).pickup().cashOnDelivery().build()), 201);

		assertThat(order.get("deliveryType")).isEqualTo("pickup");
		assertThat(order.get("deliveryAddress")).isNull();
		@SuppressWarnings("unchecked")
		Map<String, Object> amounts = (Map<String, Object>) order.get("amounts");
		assertThat(amounts).containsEntry("deliveryFee", 0.0).containsEntry("total", 111.83);
	}

	@Test
	void aDeliveryOrderNeedsAnAddressOfTheCustomersOwn() {
		Problem missing = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().without("addressId").build()), 400);
		assertThat(missing.fields()).containsExactly("addressId");

		Downstreams.noSuchAddress(this.shop.customerId);
		Problem notTheirs = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().deliveredTo(UUID.randomUUID()).build()), 422);
		assertThat(notTheirs.typeSlug()).isEqualTo("address-not-found");
		assertThat(Downstreams.reserveRequests()).isEmpty();
	}

	@Test
	void aTimeAskedForIsAheadAndWithinAWeek() {
		Instant now = Instant.now();
		for (Instant refused : List.of(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(8)))) {
			Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
					this.shop.twoShikanji().with("scheduledFor", refused.toString()).build()), 400);
			assertThat(problem.fields()).as(refused.toString()).containsExactly("scheduledFor");
		}
		assertThat(Downstreams.reserveRequests()).as("nothing reserved for a refused time").isEmpty();

		Instant later = now.plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> order = this.shop.place(this.api,
				this.shop.twoShikanji().with("scheduledFor", later.toString()));
		assertThat(Instant.parse((String) order.get("scheduledFor"))).isEqualTo(later);
		assertThat(Downstreams.quotedFor()).as("the store's hours are judged at the time asked for, not now")
			.containsExactly(later.toString());
	}

	@Test
	void anOrderForNowIsQuotedForNow() {
		this.shop.place(this.api, this.shop.twoShikanji());

		assertThat(Downstreams.quotedFor()).containsExactly("now");
	}

	@Test
	void anItemTheCatalogRefusesIsNamed() {
		Line line = this.shop.shikanji.times(1).with(Option.of("Size", "Huge", "0.00"));
		Downstreams.refusesOption(this.shop.storeId, 1, this.shop.shikanji);

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				OrderRequests.at(this.shop.storeId)
					.items(this.shop.kachori.times(1), line)
					.deliveredTo(this.shop.addressId)
					.build()),
				422);

		assertThat(problem.typeSlug()).isEqualTo("item-not-orderable");
		assertThat(problem.rule()).isEqualTo("option-not-of-product");
		assertThat(problem.detail()).isEqualTo("items[1]: Option x is not an option of 'Masala Shikanji'");
		assertThat(Downstreams.reserveRequests()).isEmpty();
	}

	@Test
	void oneOrderHoldsAtMostAThousandOfAProductOverAllItsLines() {
		Line hundred = this.shop.shikanji.times(100);
		Line[] lines = new Line[11];
		java.util.Arrays.fill(lines, hundred);

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				OrderRequests.at(this.shop.storeId).items(lines).pickup().build()), 400);

		assertThat(problem.fields()).containsExactly("items");
		assertThat(problem.detail()).contains("1100 of product " + this.shop.shikanji.productId());
		assertThat(Downstreams.priceRequests()).isEmpty();
		assertThat(Downstreams.reserveRequests()).isEmpty();
	}

	@Test
	void anItemNotOrderableNowIsNamed() {
		Line soldOut = Dish.of("Aam Panna", "60.00").times(1).notOrderable();
		Downstreams.prices(this.shop.storeId, this.shop.kachori.times(1), soldOut);

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				OrderRequests.at(this.shop.storeId)
					.items(this.shop.kachori.times(1), soldOut)
					.deliveredTo(this.shop.addressId)
					.build()),
				422);

		assertThat(problem.typeSlug()).isEqualTo("item-not-orderable");
		assertThat(problem.detail()).contains("Aam Panna");
	}

	@Test
	void aStoreThatCannotTakeTheOrderSaysWhy() {
		Downstreams.refuses(this.shop.storeId, "CLOSED", "BELOW_MINIMUM_ORDER");

		Problem problem = problem(
				this.api.place(this.shop.customer, UUID.randomUUID().toString(), this.shop.twoShikanji().build()), 422);

		assertThat(problem.typeSlug()).isEqualTo("store-cannot-take-order");
		assertThat(problem.detail()).contains("closed", "below minimum order of 60.00");
		assertThat(Downstreams.reserveRequests()).isEmpty();
	}

	@Test
	void anOrderUnderTheMinimumForDeliveryIsToldTheMinimum() {
		Downstreams.refuses(this.shop.storeId, "BELOW_MINIMUM_ORDER");

		Map<String, Object> problem = Api.json(
				this.api.place(this.shop.customer, UUID.randomUUID().toString(), this.shop.twoShikanji().build()), 422);

		assertThat(problem).containsEntry("reasons", List.of("below-minimum-order"))
			.containsEntry("minimumOrderValue", 60.0)
			.containsEntry("detail", "The store cannot take this order now: below minimum order of 60.00");
	}

	@Test
	void anUnknownStoreIsRefused() {
		Downstreams.prices(this.shop.storeId, this.shop.kachori.times(1));
		UUID nowhere = UUID.randomUUID();
		// As the catalog answers for a store it has no menu of: priced, not orderable.
		Downstreams.prices(nowhere, this.shop.kachori.times(1).notOrderable());

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				OrderRequests.at(nowhere).items(this.shop.kachori.times(1)).pickup().build()), 422);

		assertThat(problem.typeSlug()).isEqualTo("unknown-store");
	}

	@Test
	void notEnoughStockIsAConflictNamingTheItems() {
		Line line = this.shop.shikanji.times(5);
		Downstreams.prices(this.shop.storeId, line);
		Downstreams.shortOf(this.shop.storeId, this.shop.shikanji, 5, 2);

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				OrderRequests.at(this.shop.storeId).items(line).deliveredTo(this.shop.addressId).build()), 409);

		assertThat(problem.typeSlug()).isEqualTo("insufficient-stock");
		assertThat(problem.detail()).contains("Masala Shikanji (asked 5, 2 left)");
		assertThat(this.jdbc.sql("SELECT count(*) FROM orders WHERE store_id = :store")
			.param("store", this.shop.storeId)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aCouponAndPointsAreHeldByLoyaltyWhichDecidesTheDiscounts() {
		Downstreams.holdsLoyalty("WELCOME20", "20.00", false, 40, "10.00");

		Map<String, Object> order = Api.json(
				this.api.place(this.shop.customer, UUID.randomUUID().toString(),
						this.shop.twoShikanji().with("couponCode", " welcome20 ").with("pointsToRedeem", 40).build()),
				201);

		@SuppressWarnings("unchecked")
		Map<String, Object> amounts = (Map<String, Object>) order.get("amounts");
		// 100.00 - 20.00 - 10.00 = 70.00; 5% GST 3.50; + 15.00 delivery
		assertThat(amounts).containsEntry("subtotal", 100.0)
			.containsEntry("discount", 20.0)
			.containsEntry("loyaltyDiscount", 10.0)
			.containsEntry("tax", 3.5)
			.containsEntry("total", 88.5);
		JsonNode hold = Downstreams.holdRequests().getLast();
		assertThat(hold.get("orderId").asString()).isEqualTo(order.get("id"));
		assertThat(hold.get("customerId").asString()).isEqualTo(this.shop.customerId.toString());
		assertThat(hold.get("couponCode").asString()).isEqualTo("welcome20");
		assertThat(hold.get("pointsToRedeem").asInt()).isEqualTo(40);
		assertThat(hold.get("subtotal").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(hold.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT coupon_code || ':' || loyalty_points_redeemed FROM orders WHERE id = :id")
			.param("id", UUID.fromString((String) order.get("id")))
			.query(String.class)
			.single()).isEqualTo("WELCOME20:40");
	}

	@Test
	void aFreeDeliveryCouponWaivesTheFee() {
		Downstreams.holdsLoyalty("FREEDEL", "0.00", true, 0, "0.00");

		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().with("couponCode", "FREEDEL").build()), 201);

		@SuppressWarnings("unchecked")
		Map<String, Object> amounts = (Map<String, Object>) order.get("amounts");
		assertThat(amounts).containsEntry("deliveryFee", 0.0).containsEntry("total", 105.0);
	}

	@Test
	void anOnlineOrderLeftWithLessThanTheProviderTakesIsA422AndItsHoldsGoBackButCashOnDeliveryIsTaken() {
		// 100.00 - 99.50 = 0.50; 5% GST 0.03; delivery free: 0.53 to pay, under INR 1.00.
		Downstreams.holdsLoyalty("ALMOST", "99.50", true, 0, "0.00");

		Map<String, Object> problem = Api.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().with("couponCode", "ALMOST").build()), 422);

		assertThat((String) problem.get("type")).endsWith("/online-payment-too-small");
		assertThat((String) problem.get("detail")).contains("INR 0.53", "INR 1.00", "cash on delivery");
		assertThat(problem).containsEntry("total", 0.53).containsEntry("minimumOnlinePayment", 1.0);
		assertThat(Downstreams.releases()).as("the stock goes back").isOne();
		assertThat(Downstreams.loyaltyReleases()).as("and the coupon's use").isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM orders WHERE store_id = :store")
			.param("store", this.shop.storeId)
			.query(Integer.class)
			.single()).isZero();

		Map<String, Object> cash = Api.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().with("couponCode", "ALMOST").cashOnDelivery().build()), 201);
		assertThat(cash).containsEntry("status", "confirmed");
		assertThat(((Map<?, ?>) cash.get("amounts")).get("total")).isEqualTo(0.53);
	}

	@Test
	void theOptionsMayAlsoBeSentAsOptionIdsAsTheCatalogNamesThem() {
		Option large = Option.of("Size", "Large (500 ml)", "20.00");
		Line shikanji = this.shop.shikanji.times(1).with(large);
		Downstreams.prices(this.shop.storeId, shikanji);
		Map<String, Object> request = OrderRequests.at(this.shop.storeId)
			.deliveredTo(this.shop.addressId)
			.with("items",
					List.of(Map.of("productId", this.shop.shikanji.productId().toString(), "quantity", 1, "optionIds",
							List.of(large.optionId().toString()))))
			.build();

		Api.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(), request), 201);

		assertThat(Downstreams.priceRequests().getLast().get("items").get(0).get("optionIds").get(0).asString())
			.isEqualTo(large.optionId().toString());
	}

	@Test
	void anOrderWithoutCouponOrPointsDoesNotAskLoyalty() {
		this.shop.placeOnline(this.api);

		assertThat(Downstreams.holdRequests()).isEmpty();
	}

	@Test
	void aCouponLoyaltyRefusesIsA422WithItsReasonAndTheStockGoesBack() {
		Downstreams.holdsLoyalty("X", "0.00", false, 0, "0.00");
		Downstreams.refusesCoupon("BIGORDER", "below-minimum");

		Problem coupon = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().with("couponCode", "BIGORDER").build()), 422);

		assertThat(coupon.typeSlug()).isEqualTo("coupon-not-applicable");
		assertThat(coupon.detail()).contains("minimum order value");
		assertThat(Downstreams.releases()).isOne();
		assertThat(Downstreams.loyaltyReleases()).as("nothing was held").isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM orders WHERE store_id = :store")
			.param("store", this.shop.storeId)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void pointsBeyondTheBalanceAreA422NamingTheField() {
		Downstreams.lacksPoints(100, 30);

		Map<String, Object> problem = Api.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().with("pointsToRedeem", 100).build()), 422);

		assertThat((String) problem.get("type")).endsWith("/points-not-redeemable");
		assertThat(problem).containsEntry("field", "pointsToRedeem")
			.containsEntry("rule", "insufficient-points")
			.containsEntry("balance", 30)
			.containsEntry("requested", 100);
	}

	@Test
	void whenLoyaltyIsDownThePlacementIsA503AndTheStockGoesBack() {
		Downstreams.holdsLoyalty("X", "0.00", false, 10, "2.50");
		Downstreams.loyaltyFails();

		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(),
				this.shop.twoShikanji().with("pointsToRedeem", 10).build()), 503);

		assertThat(problem.typeSlug()).isEqualTo("service-unavailable");
		assertThat(Downstreams.releases()).isOne();
		assertThat(Downstreams.loyaltyReleases()).as("the hold, if any was made, goes back too").isOne();
	}

	@Test
	void orderNumbersAreUniqueAndCountPerDay() {
		List<String> numbers = java.util.stream.IntStream.range(0, 3)
			.mapToObj((n) -> (String) Api
				.json(this.api.place(this.shop.customer, UUID.randomUUID().toString(), this.shop.twoShikanji().build()),
						201)
				.get("orderNumber"))
			.toList();

		assertThat(numbers).doesNotHaveDuplicates().allMatch((number) -> number.matches("ORD\\d{8}-\\d{6}"));
	}

}
