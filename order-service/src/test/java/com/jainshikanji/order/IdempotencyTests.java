package com.jainshikanji.order;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.web.Problem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Idempotency-Key of order placement: a retry never places an order twice, whatever
 * the timing, and a failure on our side never locks the customer out of retrying.
 */
@OrderServiceTest
class IdempotencyTests {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyTests.class);

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Shop shop;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
	}

	@Test
	void theSameKeyAndBodyGetTheFirstAnswerAgain() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();

		EntityExchangeResult<String> first = exchange(key, body);
		EntityExchangeResult<String> second = exchange(key, body);

		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(second.getStatus().value()).isEqualTo(201);
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(first.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
		assertThat(second.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		assertThat(ordersOfTheShop()).isEqualTo(1);
		assertThat(Downstreams.reserveRequests()).hasSize(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		String key = UUID.randomUUID().toString();
		exchange(key, this.shop.twoShikanji().build());

		Problem problem = problem(this.api.place(this.shop.customer, key,
				this.shop.twoShikanji().with("specialInstructions", "Extra ice").build()), 422);

		assertThat(problem.typeSlug()).isEqualTo("idempotency-key-reused");
		assertThat(ordersOfTheShop()).isEqualTo(1);
	}

	@Test
	void aRetryWhileTheFirstRequestRunsIsToldToWait() throws Exception {
		Map<String, Object> body = this.shop.twoShikanji().build();
		slowPricing(700);
		String key = UUID.randomUUID().toString();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<EntityExchangeResult<String>> first = executor.submit(() -> exchange(key, body));
			Thread.sleep(250);

			RestTestClient.ResponseSpec retry = this.api.place(this.shop.customer, key, body);

			retry.expectHeader().valueEquals("Retry-After", "1");
			assertThat(problem(retry, 409).typeSlug()).isEqualTo("idempotency-key-in-use");
			assertThat(first.get().getStatus().value()).isEqualTo(201);
		}
		assertThat(exchange(key, body).getStatus().value()).isEqualTo(201);
		assertThat(ordersOfTheShop()).isEqualTo(1);
	}

	@Test
	void twentyConcurrentIdenticalRequestsPlaceOneOrderWithOneReservation() {
		Map<String, Object> body = this.shop.twoShikanji().build();
		slowPricing(200);
		String key = UUID.randomUUID().toString();

		long began = System.nanoTime();
		List<EntityExchangeResult<String>> results = Parallel.run(20, (i) -> exchange(key, body));
		long elapsedMillis = (System.nanoTime() - began) / 1_000_000;

		List<Integer> statuses = results.stream().map((result) -> result.getStatus().value()).toList();
		log.info("20 concurrent identical placements: {} created or replayed, {} told to wait, in {} ms",
				statuses.stream().filter((status) -> status == 201).count(),
				statuses.stream().filter((status) -> status == 409).count(), elapsedMillis);
		assertThat(statuses).containsOnly(201, 409).contains(201);
		assertThat(results.stream()
			.filter((result) -> result.getStatus().value() == 201)
			.map(EntityExchangeResult::getResponseBody)
			.distinct()).hasSize(1);
		assertThat(ordersOfTheShop()).isEqualTo(1);
		assertThat(Downstreams.reserveRequests()).hasSize(1);
	}

	@Test
	void keysBelongToTheCustomer() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();
		UUID other = UUID.randomUUID();
		String otherToken = Shop.anotherCustomer(other);
		Downstreams.address(other, otherToken, this.shop.addressId, Shop.POSTAL_CODE);

		assertThat(exchange(key, body).getStatus().value()).isEqualTo(201);
		assertThat(this.api.place(otherToken, key, body).returnResult(String.class).getStatus().value()).isEqualTo(201);
		assertThat(ordersOfTheShop()).isEqualTo(2);
	}

	@Test
	void aRefusalIsTheKeysAnswerForGood() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();
		Downstreams.refuses(this.shop.storeId, "CLOSED");
		EntityExchangeResult<String> refused = exchange(key, body);

		// The store opens again: the key still answers as it did.
		Downstreams.stores.resetMappings();
		Downstreams.delivers(this.shop.storeId, Shop.POSTAL_CODE, "15.00", 30);
		EntityExchangeResult<String> again = exchange(key, body);

		assertThat(refused.getStatus().value()).isEqualTo(422);
		assertThat(again.getStatus().value()).isEqualTo(422);
		assertThat(again.getResponseBody()).isEqualTo(refused.getResponseBody())
			.containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
		assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(exchange(UUID.randomUUID().toString(), body).getStatus().value()).isEqualTo(201);
	}

	@Test
	void aFailureOnOurSideIsNotKeptAndTheRetryFindsTheSameReservation() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();
		Downstreams.reservationsFail();

		RestTestClient.ResponseSpec failed = this.api.place(this.shop.customer, key, body);
		failed.expectHeader().exists("Retry-After");
		assertThat(problem(failed, 503).typeSlug()).isEqualTo("service-unavailable");

		// The inventory service is back.
		Downstreams.inventory.resetMappings();
		Downstreams.reservesStock(this.shop.storeId);
		this.shop.twoShikanji();
		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, key, body), 201);

		// Whether the failed reserve held stock is unknown: the retry asks again under
		// the same order id, so the inventory service answers with that reservation, if
		// any.
		assertThat(orderIdsStockWasReservedUnder()).containsExactly((String) order.get("id"));
		assertThat(ordersOfTheShop()).isEqualTo(1);
	}

	@Test
	void whenTheOrdersCommitGetsNoAnswerTheStockStaysHeldAndARetryWithTheKeyPlacesTheOrderOnce() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();
		losesTheDatabaseWhenAnOrderOfTheShopIsCommitted(true);
		try {
			RestTestClient.ResponseSpec failed = this.api.place(this.shop.customer, key, body);
			assertThat(problem(failed, 503).typeSlug()).isEqualTo("service-unavailable");
		}
		finally {
			losesTheDatabaseWhenAnOrderOfTheShopIsCommitted(false);
		}
		// Whether a commit that got no answer went through is unknown: the stock is kept
		// for the order, which may exist.
		assertThat(Downstreams.releases()).as("reservations released").isZero();
		assertThat(ordersOfTheShop()).isZero();
		// The key is freed in the background.
		await().atMost(Duration.ofSeconds(5)).until(() -> this.jdbc.sql("""
				SELECT locked_until <= now() FROM idempotency_keys
				WHERE customer_id = :customer AND idempotency_key = :key
				""").param("customer", this.shop.customerId).param("key", key).query(Boolean.class).single());

		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, key, body), 201);

		assertThat(orderIdsStockWasReservedUnder()).containsExactly((String) order.get("id"));
		assertThat(ordersOfTheShop()).isEqualTo(1);
	}

	@Test
	void aKeyHeldByAnAttemptThatDiedIsTakenOverOnceItsLeaseRunsOut() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();
		Downstreams.reservationsFail();
		problem(this.api.place(this.shop.customer, key, body), 503);
		UUID orderId = this.jdbc
			.sql("SELECT order_id FROM idempotency_keys WHERE customer_id = :customer AND idempotency_key = :key")
			.param("customer", this.shop.customerId)
			.param("key", key)
			.query(UUID.class)
			.single();
		Downstreams.inventory.resetMappings();
		Downstreams.reservesStock(this.shop.storeId);
		this.shop.twoShikanji();

		// An attempt holds the key (as one whose instance died would, until its lease
		// runs out).
		leaseUntil(key, "now() + interval '1 hour'");
		assertThat(problem(this.api.place(this.shop.customer, key, body), 409).typeSlug())
			.isEqualTo("idempotency-key-in-use");
		leaseUntil(key, "now() - interval '1 second'");
		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, key, body), 201);

		assertThat(order.get("id")).isEqualTo(orderId.toString());
	}

	@Test
	void aTakeOverThatFailsEarlyKeepsTheOrderIdSoStockTheOvertakenAttemptReservedIsNotLeftBehind() throws Exception {
		// TwoInstancesIT's platform ended with stock held under order ids never stored:
		// an attempt outlived its lease while reserving, a retry took the key over and
		// failed before reserving anything, and the key was given a new order id; the
		// overtaken attempt's reservation stayed under the old one until its TTL.
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = this.shop.twoShikanji().build();
		slowReservations(1500);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<EntityExchangeResult<String>> overtaken = executor.submit(() -> exchange(key, body));
			await().atMost(Duration.ofSeconds(5)).until(() -> !Downstreams.reserveRequests().isEmpty());
			leaseUntil(key, "now() - interval '1 second'");
			pricingFails();
			problem(this.api.place(this.shop.customer, key, body), 503);
			Downstreams.inventory.removeStub(this.failingPricing);
			assertThat(overtaken.get().getStatus().value()).as("the overtaken attempt").isEqualTo(409);
		}

		Map<String, Object> order = Api.json(this.api.place(this.shop.customer, key, body), 201);

		assertThat(orderIdsStockWasReservedUnder()).containsExactly((String) order.get("id"));
		assertThat(ordersOfTheShop()).isEqualTo(1);
	}

	@Test
	void theKeyIsRequiredAndWellFormed() {
		Map<String, Object> body = this.shop.twoShikanji().build();

		Problem missing = problem(this.api.place(this.shop.customer, null, body), 400);
		Problem blank = problem(this.api.place(this.shop.customer, "", body), 400);
		Problem tooLong = problem(this.api.place(this.shop.customer, "k".repeat(256), body), 400);
		Problem unprintable = problem(this.api.place(this.shop.customer, "caf\u00e9 key", body), 400);

		assertThat(List.of(missing, blank, tooLong, unprintable))
			.allSatisfy((problem) -> assertThat(problem.fields()).containsExactly("Idempotency-Key"));
		assertThat(ordersOfTheShop()).isZero();
	}

	private EntityExchangeResult<String> exchange(String key, Map<String, Object> body) {
		return this.api.place(this.shop.customer, key, body).returnResult(String.class);
	}

	private void slowPricing(int millis) {
		Downstreams.inventory.stubFor(post(urlPathEqualTo("/api/v1/products/prices")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.storeId", equalTo(this.shop.storeId.toString())))
			.willReturn(Downstreams.inventory.getStubMappings()
				.stream()
				.filter((stub) -> stub.getRequest().getUrlPath() != null
						&& stub.getRequest().getUrlPath().equals("/api/v1/products/prices"))
				.findFirst()
				.map((stub) -> com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like(stub.getResponse())
					.withFixedDelay(millis))
				.orElseThrow()));
	}

	private void slowReservations(int millis) {
		Downstreams.inventory.stubFor(post(urlPathEqualTo("/api/v1/inventory/reservations")).atPriority(1)
			.willReturn(Downstreams.inventory.getStubMappings()
				.stream()
				.filter((stub) -> "/api/v1/inventory/reservations".equals(stub.getRequest().getUrlPath()))
				.findFirst()
				.map((stub) -> com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like(stub.getResponse())
					.withFixedDelay(millis))
				.orElseThrow()));
	}

	private com.github.tomakehurst.wiremock.stubbing.StubMapping failingPricing;

	private void pricingFails() {
		this.failingPricing = Downstreams.inventory
			.stubFor(post(urlPathEqualTo("/api/v1/products/prices")).atPriority(1)
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
	}

	private void leaseUntil(String key, String when) {
		this.jdbc
			.sql("UPDATE idempotency_keys SET locked_until = " + when
					+ " WHERE customer_id = :customer AND idempotency_key = :key")
			.param("customer", this.shop.customerId)
			.param("key", key)
			.update();
	}

	/**
	 * Committing an order of the shop ends the database session that commits it, as a
	 * database lost while committing does: the commit gets no answer.
	 */
	private void losesTheDatabaseWhenAnOrderOfTheShopIsCommitted(boolean loses) {
		if (loses) {
			this.jdbc.sql("""
					CREATE OR REPLACE FUNCTION test_end_session() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$
					""").update();
			this.jdbc
				.sql("""
						CREATE CONSTRAINT TRIGGER test_end_session AFTER INSERT ON orders
						DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.store_id = '%s') EXECUTE FUNCTION test_end_session()
						"""
					.formatted(this.shop.storeId))
				.update();
		}
		else {
			this.jdbc.sql("DROP TRIGGER IF EXISTS test_end_session ON orders").update();
			this.jdbc.sql("DROP FUNCTION IF EXISTS test_end_session()").update();
		}
	}

	private static List<String> orderIdsStockWasReservedUnder() {
		return Downstreams.reserveRequests()
			.stream()
			.map((request) -> request.get("orderId").asString())
			.distinct()
			.toList();
	}

	private int ordersOfTheShop() {
		return this.jdbc.sql("SELECT count(*) FROM orders WHERE store_id = :store")
			.param("store", this.shop.storeId)
			.query(Integer.class)
			.single();
	}

}
