package com.jainshikanji.order;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service placement needs is down, slow or failing, or the database refuses the order
 * at the last step: the customer hears "try again" fast, and nothing is left behind (no
 * order, no stock held).
 */
@OrderServiceTest
class OutageTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CircuitBreakerRegistry breakers;

	Api api;

	Shop shop;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
	}

	@AfterEach
	void closeBreakers() {
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
		this.jdbc.sql("DROP TRIGGER IF EXISTS refuse_orders ON orders").update();
	}

	@Test
	void anInventoryServiceThatIsDownIsAFast503AndNothingIsLeftBehind() {
		Map<String, Object> body = this.shop.twoShikanji().build();
		Downstreams.inventoryDown();
		String key = UUID.randomUUID().toString();

		long started = System.nanoTime();
		RestTestClient.ResponseSpec response = this.api.place(this.shop.customer, key, body);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		response.expectHeader().valueEquals("Retry-After", "1");
		Problem problem = problem(response, 503);
		assertThat(problem.typeSlug()).isEqualTo("service-unavailable");
		assertThat(problem.detail()).contains("inventory");
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		assertThat(ordersOfTheShop()).isZero();
		// Not kept as the key's answer: once the service is back, the same request
		// succeeds.
		Downstreams.inventory.resetMappings();
		Downstreams.reservesStock(this.shop.storeId);
		this.shop.twoShikanji();
		assertThat(Api.json(this.api.place(this.shop.customer, key, body), 201).get("status")).isEqualTo("pending");
	}

	@Test
	void aSlowStoreServiceIsA503WithinTheTimeoutAndNothingIsReserved() {
		Map<String, Object> body = this.shop.twoShikanji().build();
		Downstreams.storeAnswersSlowly(5000);

		long started = System.nanoTime();
		Problem problem = problem(this.api.place(this.shop.customer, UUID.randomUUID().toString(), body), 503);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(problem.detail()).contains("store", "did not answer in time");
		// One read timeout (2 s): a slow service is not asked twice.
		assertThat(took).isLessThan(Duration.ofMillis(3500));
		assertThat(Downstreams.reserveRequests()).isEmpty();
		assertThat(ordersOfTheShop()).isZero();
	}

	@Test
	void aFailureAfterTheStockWasReservedGivesTheStockBack() {
		Map<String, Object> body = this.shop.twoShikanji().build();
		// The database refuses this store's orders at the very last step.
		this.jdbc.sql("""
				CREATE OR REPLACE FUNCTION refuse_order() RETURNS trigger AS $$
				BEGIN RAISE EXCEPTION 'the disk is full'; END $$ LANGUAGE plpgsql
				""").update();
		this.jdbc
			.sql("CREATE TRIGGER refuse_orders BEFORE INSERT ON orders FOR EACH ROW WHEN (NEW.store_id = '"
					+ this.shop.storeId + "') EXECUTE FUNCTION refuse_order()")
			.update();
		String key = UUID.randomUUID().toString();

		problem(this.api.place(this.shop.customer, key, body), 500);

		assertThat(Downstreams.reserveRequests()).hasSize(1);
		assertThat(Downstreams.releases()).isEqualTo(1);
		assertThat(ordersOfTheShop()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.event_outbox WHERE envelope LIKE :store")
			.param("store", "%" + this.shop.storeId + "%")
			.query(Integer.class)
			.single()).isZero();
		// The stock under the first order id went back: the retry asks under it again,
		// is told so, and places under a new one.
		this.jdbc.sql("DROP TRIGGER refuse_orders ON orders").update();
		String first = Downstreams.reserveRequests().getFirst().get("orderId").asString();
		Downstreams.reservationLapsed(first);
		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, key, body), 201);
		assertThat(order.get("id")).isNotEqualTo(first);
		assertThat(Downstreams.reserveRequests()).extracting((request) -> request.get("orderId").asString())
			.containsExactly(first, first, (String) order.get("id"));
	}

	@Test
	void aRetryUnderANewOrderIdFirstGivesBackWhatLoyaltyMayStillHoldUnderTheOldOne() {
		Map<String, Object> body = this.shop.twoShikanji().with("pointsToRedeem", 10).build();
		Downstreams.holdsLoyalty("X", "0.00", false, 10, "2.50");
		Downstreams.loyaltyFails();
		Downstreams.loyaltyReleasesFail();
		String key = UUID.randomUUID().toString();

		// The hold's answer never came, and neither did the release's: loyalty may hold
		// the points under the first order id; its stock went back.
		problem(this.api.place(this.shop.customer, key, body), 503);
		String first = Downstreams.reserveRequests().getFirst().get("orderId").asString();
		assertThat(Downstreams.releases()).isOne();

		Downstreams.loyalty.resetAll();
		Downstreams.holdsLoyalty("X", "0.00", false, 10, "2.50");
		Downstreams.reservationLapsed(first);
		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, key, body), 201);

		assertThat(order.get("id")).isNotEqualTo(first);
		assertThat(Downstreams.loyaltyReleasedOrders()).as("the points are not held twice").containsExactly(first);
		assertThat(Downstreams.holdRequests()).extracting((hold) -> hold.get("orderId").asString())
			.containsExactly((String) order.get("id"));
	}

	@Test
	void aBreakerThatOpenedTurnsCallsAwayAtOnceUntilItTriesAgain() {
		Map<String, Object> body = this.shop.twoShikanji().build();
		this.breakers.circuitBreaker("inventory").transitionToOpenState();

		RestTestClient.ResponseSpec response = this.api.place(this.shop.customer, UUID.randomUUID().toString(), body);

		response.expectHeader().valueEquals("Retry-After", "5");
		assertThat(problem(response, 503).detail()).contains("inventory", "given a rest");
		assertThat(Downstreams.inventory.getAllServeEvents()).isEmpty();
	}

	private int ordersOfTheShop() {
		return this.jdbc.sql("SELECT count(*) FROM orders WHERE store_id = :store")
			.param("store", this.shop.storeId)
			.query(Integer.class)
			.single();
	}

}
