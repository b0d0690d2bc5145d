package com.jainshikanji.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;
import com.jainshikanji.inventory.reservation.ReservationExpiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Reservations for order placement: all or nothing, idempotent, never selling a unit
 * twice or taking stock below zero, and giving stock back exactly once when released or
 * expired.
 */
@InventoryServiceTest
class ReservationTests {

	private static final String RESERVATIONS = "/api/v1/inventory/reservations";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReservationExpiry expiry;

	Api api;

	UUID store;

	Object product;

	String service;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.product = this.api.createProduct().get("id");
		this.service = Api.service();
	}

	@Test
	void fiftyParallelReservationsOfFiveUnitsLetExactlyFiveThrough() throws Exception {
		this.api.stock(this.store, this.product, 5, 1);

		List<EntityExchangeResult<Map>> results = inParallel(50,
				() -> this.api
					.post(RESERVATIONS, this.service, Api.reserveBody(UUID.randomUUID(), this.store, this.product, 1))
					.returnResult(Map.class));

		assertThat(results).filteredOn((result) -> result.getStatus().value() == 201).hasSize(5);
		assertThat(results).filteredOn((result) -> result.getStatus().value() == 409)
			.hasSize(45)
			.allSatisfy((result) -> assertThat((String) result.getResponseBody().get("type"))
				.endsWith("/insufficient-stock"));
		Map<String, Object> stock = Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN));
		assertThat(stock).containsEntry("currentStock", 5).containsEntry("reserved", 5).containsEntry("available", 0);
		assertThat(this.jdbc
			.sql("SELECT coalesce(sum(l.quantity), 0) FROM reservation_lines l "
					+ "JOIN reservations r ON r.id = l.reservation_id WHERE r.store_id = :store AND r.status = 'HELD'")
			.param("store", this.store)
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(heldAdjustments()).isEqualTo(5);
	}

	@Test
	void theStockTableItselfRefusesNegativeStockAndOverReservation() {
		this.api.stock(this.store, this.product, 2, 1);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE inventory SET current_stock = -1 WHERE store_id = :store")
				.param("store", this.store)
				.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE inventory SET reserved = current_stock + 1 WHERE store_id = :store")
				.param("store", this.store)
				.update());
		assertThat(this.api.available(this.store, this.product)).isEqualTo(2);
	}

	@Test
	void theSameReservationRepeatedIsOneReservation() {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> body = Api.reserveBody(UUID.randomUUID(), this.store, this.product, 3);

		Map<String, Object> first = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);
		Map<String, Object> again = Api.json(this.api.post(RESERVATIONS, this.service, body), 200);

		assertThat(again).isEqualTo(first);
		assertThat(first.get("status")).isEqualTo("HELD");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(7);
	}

	@Test
	void theSameReservationSentConcurrentlyIsStillOneReservation() throws Exception {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> body = Api.reserveBody(UUID.randomUUID(), this.store, this.product, 2);

		List<EntityExchangeResult<Map>> results = inParallel(10,
				() -> this.api.post(RESERVATIONS, this.service, body).returnResult(Map.class));

		assertThat(results).extracting((result) -> result.getStatus().value()).containsOnly(200, 201);
		assertThat(results).filteredOn((result) -> result.getStatus().value() == 201).hasSize(1);
		assertThat(results).extracting((result) -> result.getResponseBody().get("id"))
			.containsOnly(results.get(0).getResponseBody().get("id"));
		assertThat(this.api.available(this.store, this.product)).isEqualTo(8);
	}

	@Test
	void reusingAnOrderIdForOtherItemsIsAConflict() {
		this.api.stock(this.store, this.product, 10, 1);
		UUID order = UUID.randomUUID();
		Api.json(this.api.post(RESERVATIONS, this.service, Api.reserveBody(order, this.store, this.product, 1)), 201);

		Problem problem = Problems.problem(
				this.api.post(RESERVATIONS, this.service, Api.reserveBody(order, this.store, this.product, 2)), 409);
		assertThat(problem.typeSlug()).isEqualTo("reservation-conflict");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(9);
	}

	@Test
	void allItemsAreReservedOrNone() {
		Object scarce = this.api.createProduct().get("id");
		this.api.stock(this.store, this.product, 10, 1);
		this.api.stock(this.store, scarce, 1, 0);
		UUID order = UUID.randomUUID();
		Map<String, Object> body = Map.of("orderId", order, "storeId", this.store, "items",
				List.of(Map.of("productId", this.product, "quantity", 4), Map.of("productId", scarce, "quantity", 2)));

		Problem problem = Problems.problem(this.api.post(RESERVATIONS, this.service, body), 409);

		assertThat(problem.typeSlug()).isEqualTo("insufficient-stock");
		assertThat(problem.detail()).contains(scarce + " (requested 2, available 1)")
			.doesNotContain(this.product.toString());
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
		assertThat(this.api.available(this.store, scarce)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM reservations WHERE order_id = :order")
			.param("order", order)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void committingSellsTheHeldStockOnce() {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(2);

		Map<String, Object> committed = Api.ok(this.api.post(path(reservation, "commit"), this.service, null));
		Map<String, Object> again = Api.ok(this.api.post(path(reservation, "commit"), this.service, null));

		assertThat(committed.get("status")).isEqualTo("COMMITTED");
		assertThat(again.get("status")).isEqualTo("COMMITTED");
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN)))
			.containsEntry("currentStock", 8)
			.containsEntry("reserved", 0)
			.containsEntry("available", 8);
		assertThat(Problems.problem(this.api.post(path(reservation, "release"), this.service, null), 409).typeSlug())
			.isEqualTo("illegal-reservation-transition");
	}

	@Test
	void releasingReturnsTheHeldStockOnce() {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(4);
		assertThat(this.api.available(this.store, this.product)).isEqualTo(6);

		assertThat(Api.ok(this.api.post(path(reservation, "release"), Api.ADMIN, null)).get("status"))
			.isEqualTo("RELEASED");
		assertThat(Api.ok(this.api.post(path(reservation, "release"), this.service, null)).get("status"))
			.isEqualTo("RELEASED");

		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN)))
			.containsEntry("currentStock", 10)
			.containsEntry("reserved", 0);
		assertThat(Problems.problem(this.api.post(path(reservation, "commit"), this.service, null), 409).typeSlug())
			.isEqualTo("illegal-reservation-transition");
	}

	@Test
	void anExpiredReservationReturnsItsStockExactlyOnce() throws Exception {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(3);
		expireNow(reservation);

		// The job runs on every instance, and here also on the scheduler: all at once.
		inParallel(4, () -> this.expiry.expireDue());
		this.expiry.expireDue();

		assertThat(Api.ok(this.api.get(path(reservation, ""), this.service)).get("status")).isEqualTo("EXPIRED");
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN)))
			.containsEntry("currentStock", 10)
			.containsEntry("reserved", 0)
			.containsEntry("available", 10);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM stock_adjustments WHERE store_id = :store AND reason = 'RESERVATION_EXPIRED'")
			.param("store", this.store)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// Releasing after expiry changes nothing; committing is too late.
		assertThat(Api.ok(this.api.post(path(reservation, "release"), this.service, null)).get("status"))
			.isEqualTo("EXPIRED");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
		assertThat(Problems.problem(this.api.post(path(reservation, "commit"), this.service, null), 409).typeSlug())
			.isEqualTo("illegal-reservation-transition");
	}

	@Test
	void aReservationLeftAloneExpiresByItselfAfterItsTtl() {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(5);
		assertThat(Duration.between(Instant.parse((String) reservation.get("createdAt")),
				Instant.parse((String) reservation.get("expiresAt"))))
			.isEqualTo(Duration.ofMinutes(15));
		expireNow(reservation);

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.api.available(this.store, this.product)).isEqualTo(10));
		assertThat(Api.ok(this.api.get(path(reservation, ""), this.service)).get("status")).isEqualTo("EXPIRED");
	}

	@Test
	void aReservationRequestIsValidated() {
		assertThat(
				Problems
					.problem(
							this.api.post(RESERVATIONS, this.service,
									Map.of("orderId", UUID.randomUUID(), "storeId", this.store, "items", List.of())),
							400)
					.fields())
			.containsExactly("items");
		assertThat(Problems
			.problem(this.api.post(RESERVATIONS, this.service,
					Api.reserveBody(UUID.randomUUID(), this.store, this.product, 0)), 400)
			.fields()).containsExactly("items[0].quantity");
		assertThat(Problems
			.problem(this.api.post(RESERVATIONS + "/" + UUID.randomUUID() + "/commit", this.service, null), 404)
			.typeSlug()).isEqualTo("reservation-not-found");
	}

	private Map<String, Object> reserve(int quantity) {
		return Api.json(this.api.post(RESERVATIONS, this.service,
				Api.reserveBody(UUID.randomUUID(), this.store, this.product, quantity)), 201);
	}

	private void expireNow(Map<String, Object> reservation) {
		this.jdbc.sql("UPDATE reservations SET expires_at = now() - interval '1 second' WHERE id = :id")
			.param("id", UUID.fromString((String) reservation.get("id")))
			.update();
	}

	private int heldAdjustments() {
		return this.jdbc.sql("SELECT count(*) FROM stock_adjustments WHERE store_id = :store AND reason = 'RESERVED'")
			.param("store", this.store)
			.query(Integer.class)
			.single();
	}

	private static String path(Map<String, Object> reservation, String action) {
		return RESERVATIONS + "/" + reservation.get("id") + (action.isEmpty() ? "" : "/" + action);
	}

	/** Runs the task on {@code threads} threads released at the same moment. */
	private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
	}

}
