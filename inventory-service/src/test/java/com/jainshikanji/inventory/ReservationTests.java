package com.jainshikanji.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.jainshikanji.testsupport.concurrent.Parallel;
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

	@Autowired
	PlatformTransactionManager transactions;

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
	void fiftyParallelReservationsOfFiveUnitsLetExactlyFiveThrough() {
		this.api.stock(this.store, this.product, 5, 1);

		List<EntityExchangeResult<Map>> results = Parallel.run(50,
				(i) -> this.api
					.post(RESERVATIONS, this.service, Bodies.reserve(UUID.randomUUID(), this.store, this.product, 1))
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
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3);

		Map<String, Object> first = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);
		Map<String, Object> again = Api.json(this.api.post(RESERVATIONS, this.service, body), 200);

		assertThat(again).isEqualTo(first);
		assertThat(first.get("status")).isEqualTo("HELD");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(7);
	}

	@Test
	void theSameReservationSentConcurrentlyIsStillOneReservation() {
		this.api.stock(this.store, this.product, 10, 1);
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 2);

		List<EntityExchangeResult<Map>> results = Parallel.run(10,
				(i) -> this.api.post(RESERVATIONS, this.service, body).returnResult(Map.class));

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
		Api.json(this.api.post(RESERVATIONS, this.service, Bodies.reserve(order, this.store, this.product, 1)), 201);

		Problem problem = Problems.problem(
				this.api.post(RESERVATIONS, this.service, Bodies.reserve(order, this.store, this.product, 2)), 409);
		assertThat(problem.typeSlug()).isEqualTo("reservation-conflict");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(9);
	}

	@Test
	void allItemsAreReservedOrNone() {
		Object scarce = this.api.createProduct().get("id");
		this.api.stock(this.store, this.product, 10, 1);
		this.api.stock(this.store, scarce, 1, 0);
		UUID order = UUID.randomUUID();
		Bodies.ReserveBody body = Bodies.reserve(order, this.store).item(this.product, 4).item(scarce, 2);

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
	void anExpiredReservationReturnsItsStockExactlyOnce() {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(3);
		expireNow(reservation);

		// The job runs on every instance, and here also on the scheduler: all at once.
		Parallel.run(4, (instance) -> this.expiry.expireDue());
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
		// 30 minutes by default: longer than the order service's 15-minute payment window
		// (ADR 7).
		assertThat(Duration.between(Instant.parse((String) reservation.get("createdAt")),
				Instant.parse((String) reservation.get("expiresAt"))))
			.isEqualTo(Duration.ofMinutes(30));
		expireNow(reservation);

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.api.available(this.store, this.product)).isEqualTo(10));
		assertThat(Api.ok(this.api.get(path(reservation, ""), this.service)).get("status")).isEqualTo("EXPIRED");
	}

	@Test
	void aReservationRequestIsValidated() {
		assertThat(Problems
			.problem(this.api.post(RESERVATIONS, this.service,
					Bodies.reserve(UUID.randomUUID(), this.store).with("items", List.of())), 400)
			.fields()).containsExactly("items");
		assertThat(Problems
			.problem(this.api.post(RESERVATIONS, this.service,
					Bodies.reserve(UUID.randomUUID(), this.store, this.product, 0)), 400)
			.fields()).containsExactly("items[0].quantity");
		assertThat(Problems
			.problem(this.api.post(RESERVATIONS + "/" + UUID.randomUUID() + "/commit", this.service, null), 404)
			.typeSlug()).isEqualTo("reservation-not-found");
	}

	@Test
	void reservingAgainWhileHeldOrAfterCommitAnswers200WithTheReservation() {
		this.api.stock(this.store, this.product, 10, 1);
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3);
		Map<String, Object> reservation = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);
		assertThat(Api.json(this.api.post(RESERVATIONS, this.service, body), 200).get("status")).isEqualTo("HELD");

		Api.ok(this.api.post(path(reservation, "commit"), this.service, null));

		Map<String, Object> again = Api.json(this.api.post(RESERVATIONS, this.service, body), 200);
		assertThat(again).containsEntry("id", reservation.get("id")).containsEntry("status", "COMMITTED");
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN)))
			.containsEntry("currentStock", 7)
			.containsEntry("reserved", 0);
	}

	@Test
	void reservingAgainAfterReleaseIsAConflictNamingTheStatus() {
		this.api.stock(this.store, this.product, 10, 1);
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3);
		Map<String, Object> reservation = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);
		Api.ok(this.api.post(path(reservation, "release"), this.service, null));

		Map<String, Object> problem = Api.json(this.api.post(RESERVATIONS, this.service, body), 409);

		assertThat(problem.get("type")).asString().endsWith("/reservation-not-active");
		assertThat(problem).containsEntry("reservationStatus", "RELEASED")
			.containsEntry("reservationId", reservation.get("id"))
			.containsEntry("status", 409);
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
	}

	@Test
	void reservingAgainAfterExpiryIsAConflictNamingTheStatus() {
		this.api.stock(this.store, this.product, 10, 1);
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3);
		Map<String, Object> reservation = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);
		expireNow(reservation);
		this.expiry.expireDue();

		Map<String, Object> problem = Api.json(this.api.post(RESERVATIONS, this.service, body), 409);

		assertThat(problem.get("type")).asString().endsWith("/reservation-not-active");
		assertThat(problem).containsEntry("reservationStatus", "EXPIRED");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
	}

	@Test
	void aReservationPastItsTtlCannotBeCommittedEvenBeforeTheExpiryJobGetsToIt() throws Exception {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(3);

		RestTestClient.ResponseSpec commit = dueUnseenByTheJob(reservation,
				() -> this.api.post(path(reservation, "commit"), this.service, null));

		assertThat(Problems.problem(commit, 409).typeSlug()).isEqualTo("illegal-reservation-transition");
		assertStockReturnedOnceByExpiry(reservation, 10);
	}

	@Test
	void aReservationPastItsTtlReservedAgainIsExpiredOnTheSpotAndAConflict() throws Exception {
		this.api.stock(this.store, this.product, 10, 1);
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 4);
		Map<String, Object> reservation = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);

		RestTestClient.ResponseSpec again = dueUnseenByTheJob(reservation,
				() -> this.api.post(RESERVATIONS, this.service, body));

		assertThat(Api.json(again, 409)).containsEntry("reservationStatus", "EXPIRED");
		assertStockReturnedOnceByExpiry(reservation, 10);
	}

	@Test
	void releasingAReservationPastItsTtlExpiresIt() throws Exception {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> reservation = reserve(2);

		RestTestClient.ResponseSpec release = dueUnseenByTheJob(reservation,
				() -> this.api.post(path(reservation, "release"), this.service, null));

		assertThat(Api.ok(release).get("status")).isEqualTo("EXPIRED");
		assertStockReturnedOnceByExpiry(reservation, 10);
		assertThat(Api.ok(this.api.post(path(reservation, "release"), this.service, null)).get("status"))
			.isEqualTo("EXPIRED");
	}

	@Test
	void commitsReservesReleasesAndTheExpiryJobRacingOverADueReservationReturnItsStockExactlyOnce() {
		this.api.stock(this.store, this.product, 10, 1);
		Bodies.ReserveBody body = Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3);
		Map<String, Object> reservation = Api.json(this.api.post(RESERVATIONS, this.service, body), 201);
		expireNow(reservation);

		List<String> outcomes = Parallel.run(20, (i) -> switch (i % 4) {
			case 0 -> "commit " + status(this.api.post(path(reservation, "commit"), this.service, null));
			case 1 -> "reserve " + status(this.api.post(RESERVATIONS, this.service, body));
			case 2 -> "release " + status(this.api.post(path(reservation, "release"), this.service, null));
			default -> "job " + this.expiry.expireDue();
		});

		assertThat(outcomes).filteredOn((outcome) -> outcome.startsWith("commit")).containsOnly("commit 409");
		assertThat(outcomes).filteredOn((outcome) -> outcome.startsWith("reserve")).containsOnly("reserve 409");
		assertThat(outcomes).filteredOn((outcome) -> outcome.startsWith("release")).containsOnly("release 200");
		assertStockReturnedOnceByExpiry(reservation, 10);
		assertThat(adjustments("SOLD") + adjustments("RESERVATION_RELEASED")).isZero();
	}

	@Test
	void aReservationThatKeepsFailingToExpireDoesNotHoldUpThoseDueAfterIt() {
		Object broken = this.api.createProduct().get("id");
		this.api.stock(this.store, broken, 10, 1);
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> stuck = Api.json(
				this.api.post(RESERVATIONS, this.service, Bodies.reserve(UUID.randomUUID(), this.store, broken, 2)),
				201);
		List<Map<String, Object>> dueAfter = List.of(reserve(1), reserve(1), reserve(1));
		// Its stock row says fewer units are held than it holds, so giving them back
		// fails every time; and it is due before any other reservation.
		setReserved(broken, 0);
		this.jdbc.sql("UPDATE reservations SET expires_at = now() - interval '1 day' WHERE id = :id")
			.param("id", UUID.fromString((String) stuck.get("id")))
			.update();
		dueAfter.forEach(this::expireNow);

		try {
			this.expiry.expireDue();

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(dueAfter)
					.allSatisfy((reservation) -> assertThat(Api.ok(this.api.get(path(reservation, ""), this.service)))
						.containsEntry("status", "EXPIRED")));
			assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN)))
				.containsEntry("currentStock", 10)
				.containsEntry("reserved", 0);
			assertThat(Api.ok(this.api.get(path(stuck, ""), this.service))).containsEntry("status", "HELD");
		}
		finally {
			setReserved(broken, 2);
		}

		// Once its stock row is right again, the next run expires it.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			this.expiry.expireDue();
			assertThat(Api.ok(this.api.get(path(stuck, ""), this.service))).containsEntry("status", "EXPIRED");
		});
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, broken), Api.ADMIN))).containsEntry("currentStock", 10)
			.containsEntry("reserved", 0);
	}

	@Test
	void anArchivedProductCannotBeReservedAndIsNamed() {
		this.api.stock(this.store, this.product, 10, 1);
		this.api.delete(Api.PRODUCTS + "/" + this.product, Api.ADMIN).expectStatus().isNoContent();
		UUID order = UUID.randomUUID();

		Problem problem = Problems.problem(
				this.api.post(RESERVATIONS, this.service, Bodies.reserve(order, this.store, this.product, 1)), 422);

		assertThat(problem.typeSlug()).isEqualTo("product-unavailable");
		assertThat(problem.rule()).isEqualTo("product-unavailable");
		assertThat(problem.detail()).contains(this.product.toString());
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN))).containsEntry("reserved",
				0);
		assertThat(reservationsOf(order)).isZero();
	}

	@Test
	void aProductSwitchedOffOrOutsideItsWindowCannotBeReserved() {
		Object category = this.api.createCategory().get("id");
		Object switchedOff = this.api
			.createProduct(Bodies.product(category, "Retired Shikanji", "50.00").available(false))
			.get("id");
		Object seasonal = this.api
			.createProduct(Bodies.product(category, "Aam Panna", "60.00")
				.availableFrom(Instant.now().plus(Duration.ofDays(30))))
			.get("id");
		this.api.stock(this.store, this.product, 10, 1);
		this.api.stock(this.store, switchedOff, 10, 1);
		this.api.stock(this.store, seasonal, 10, 1);
		UUID order = UUID.randomUUID();

		Problem problem = Problems.problem(
				this.api.post(RESERVATIONS, this.service,
						Bodies.reserve(order, this.store).item(this.product, 1).item(switchedOff, 1).item(seasonal, 1)),
				422);

		assertThat(problem.typeSlug()).isEqualTo("product-unavailable");
		assertThat(problem.detail()).contains("Retired Shikanji", "Aam Panna", switchedOff.toString(),
				seasonal.toString());
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
		assertThat(reservationsOf(order)).isZero();
	}

	/**
	 * Moves the reservation past its TTL in a transaction that stays open until the call
	 * waits for the reservation's lock. The expiry job skips locked reservations and the
	 * call is first in line for the lock, so the call alone finds the reservation due,
	 * before the job could expire it.
	 */
	private RestTestClient.ResponseSpec dueUnseenByTheJob(Map<String, Object> reservation,
			Callable<RestTestClient.ResponseSpec> call) throws Exception {
		return new Interleaving(this.transactions, this.jdbc).callWaitingFor(() -> expireNow(reservation), call);
	}

	private void assertStockReturnedOnceByExpiry(Map<String, Object> reservation, int stock) {
		assertThat(Api.ok(this.api.get(path(reservation, ""), this.service)).get("status")).isEqualTo("EXPIRED");
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN)))
			.containsEntry("currentStock", stock)
			.containsEntry("reserved", 0)
			.containsEntry("available", stock);
		assertThat(adjustments("RESERVATION_EXPIRED")).isEqualTo(1);
	}

	private int adjustments(String reason) {
		return this.jdbc.sql("SELECT count(*) FROM stock_adjustments WHERE store_id = :store AND reason = :reason")
			.param("store", this.store)
			.param("reason", reason)
			.query(Integer.class)
			.single();
	}

	private int reservationsOf(UUID order) {
		return this.jdbc.sql("SELECT count(*) FROM reservations WHERE order_id = :order")
			.param("order", order)
			.query(Integer.class)
			.single();
	}

	private static int status(RestTestClient.ResponseSpec response) {
		return response.returnResult().getStatus().value();
	}

	private Map<String, Object> reserve(int quantity) {
		return Api.json(this.api.post(RESERVATIONS, this.service,
				Bodies.reserve(UUID.randomUUID(), this.store, this.product, quantity)), 201);
	}

	private void expireNow(Map<String, Object> reservation) {
		this.jdbc.sql("UPDATE reservations SET expires_at = now() - interval '1 second' WHERE id = :id")
			.param("id", UUID.fromString((String) reservation.get("id")))
			.update();
	}

	private void setReserved(Object product, int reserved) {
		this.jdbc.sql("UPDATE inventory SET reserved = :reserved WHERE store_id = :store AND product_id = :product")
			.param("reserved", reserved)
			.param("store", this.store)
			.param("product", UUID.fromString(product.toString()))
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

}
