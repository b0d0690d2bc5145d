package com.jainshikanji.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.ADMIN;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.ANONYMOUS;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.ASSIGNED_RIDER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.NO_JOB_STAFF;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.OTHER_CUSTOMER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.OTHER_STORES_STAFF;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.OWNER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.STORE_CASHIER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.STORE_CHEF;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.STORE_STAFF;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.STORE_SUPPORT;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call which endpoint, every endpoint by every kind of caller, on an order out
 * for delivery (so no call below changes where it stands): anonymous 401; another
 * customer, and staff of another store, find no such order (404); the order's customer
 * may read but not run it (403); the store's staff run it, whatever their job, but only
 * its manager, cashier and support staff reject (cancel) it and say who delivers it (403
 * for a chef, a rider, or a token naming no job there); only its assigned rider reports
 * its location; admins do everything but deliver. A success is the endpoint's own answer,
 * which for the order's state may be a refusal past authorization (409, 422).
 */
@OrderServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Shop shop;

	String order;

	String finished;

	UUID rider;

	Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	@BeforeAll
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		UUID rider = UUID.randomUUID();
		this.rider = rider;
		new Events(this.kafka, this.json, this.jdbc)
			.publish(new StaffAssigned(UUID.randomUUID(), rider, this.shop.storeId, "DELIVERY", 1));
		this.tokens.put(OWNER, this.shop.customer);
		this.tokens.put(OTHER_CUSTOMER, TestTokens.customer());
		this.tokens.put(STORE_STAFF, TestTokens.staffOf(this.shop.storeId));
		this.tokens.put(STORE_CHEF, TestTokens.staffAs("CHEF", UUID.randomUUID(), this.shop.storeId));
		this.tokens.put(STORE_CASHIER, TestTokens.staffAs("CASHIER", UUID.randomUUID(), this.shop.storeId));
		this.tokens.put(STORE_SUPPORT, TestTokens.staffAs("SUPPORT", UUID.randomUUID(), this.shop.storeId));
		this.tokens.put(NO_JOB_STAFF,
				TestTokens.token(UUID.randomUUID(), List.of("STAFF"), List.of(this.shop.storeId)));
		this.tokens.put(OTHER_STORES_STAFF, TestTokens.staffOf(UUID.randomUUID()));
		this.tokens.put(ASSIGNED_RIDER, TestTokens.staffAs("DELIVERY", rider, this.shop.storeId));
		this.tokens.put(ADMIN, TestTokens.admin());
		String staff = this.tokens.get(STORE_STAFF);
		this.order = (String) this.shop.placeCashOnDelivery(this.api).get("id");
		String path = Api.ORDERS + "/" + this.order;
		Api.ok(this.api.put(path + "/status", staff, Map.of("status", "preparing")));
		Api.ok(this.api.put(path + "/status", staff, Map.of("status", "ready")));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.put(path + "/delivery-person", staff, Map.of("userId", rider))
				.returnResult(String.class)
				.getStatus()
				.value() == 200);
		// The rider takes it out: moving an order on is open to every job.
		Api.ok(this.api.put(path + "/status", this.tokens.get(ASSIGNED_RIDER), Map.of("status", "out_for_delivery")));
		this.finished = (String) this.shop.placeOnline(this.api).get("id");
		Api.ok(this.api.post(Api.ORDERS + "/" + this.finished + "/cancel", this.shop.customer,
				Map.of("reason", "Not hungry")));
	}

	@ParameterizedTest(name = "{0} by {1} -> {2}")
	@MethodSource("matrix")
	void everyEndpointAdmitsOnlyItsCallers(Endpoint endpoint, Caller caller, int expected) {
		RestTestClient.ResponseSpec response = endpoint.call.apply(this, this.tokens.get(caller));

		if (expected >= 400) {
			Map<?, ?> problem = response.expectStatus()
				.isEqualTo(expected)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(problem.get("status")).isEqualTo(expected);
			// Refusals by the security filters (401, 403 by path) name the trace as the
			// controllers' problems do.
			assertThat(problem.get("traceId")).as("traceId").asString().matches("[0-9a-f]{32}");
		}
		else {
			response.expectStatus().isEqualTo(expected);
		}
	}

	@Test
	void staffWhoseJobIsNotCancellingCannotCancelAndTheOrderStaysAsItWas() {
		String path = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		Map<Caller, String> refused = Map.of(STORE_CHEF, "(CHEF) does not allow cancelling orders", ASSIGNED_RIDER,
				"(DELIVERY) does not allow cancelling orders", NO_JOB_STAFF, "names no job at store");

		refused.forEach((caller, why) -> {
			String token = this.tokens.get(caller);
			for (RestTestClient.ResponseSpec response : List.of(
					this.api.put(path + "/status", token, Map.of("status", "cancelled", "note", "Out of lemons")),
					this.api.post(path + "/cancel", token, Map.of("reason", "Out of lemons")))) {
				Problem problem = problem(response, 403);
				assertThat(problem.typeSlug()).as(caller.name()).isEqualTo("store-duty-not-allowed");
				assertThat(problem.detail()).as(caller.name()).contains(this.shop.storeId.toString(), why);
			}
		});

		Map<String, Object> order = Api.ok(this.api.get(path, this.tokens.get(STORE_STAFF)));
		assertThat(order).containsEntry("status", "confirmed");
		assertThat(order.get("cancelledBy")).isNull();
		assertThat(Api.ok(this.api.put(path + "/status", this.tokens.get(STORE_CHEF), Map.of("status", "preparing"))))
			.containsEntry("status", "preparing");
	}

	@Test
	void aRiderNeitherTakesAnOrderNorTakesOneFromAnotherRider() {
		UUID otherRider = UUID.randomUUID();
		new Events(this.kafka, this.json, this.jdbc)
			.publish(new StaffAssigned(UUID.randomUUID(), otherRider, this.shop.storeId, "DELIVERY", 1));
		String unassigned = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		String anothers = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api
				.put(anothers + "/delivery-person", this.tokens.get(STORE_CASHIER), Map.of("userId", otherRider))
				.returnResult(String.class)
				.getStatus()
				.value() == 200);
		String rider = this.tokens.get(ASSIGNED_RIDER);

		for (String path : List.of(unassigned, anothers)) {
			Map<String, Object> refused = Api
				.json(this.api.put(path + "/delivery-person", rider, Map.of("userId", this.rider)), 403);
			assertThat((String) refused.get("type")).endsWith("/store-duty-not-allowed");
			assertThat((String) refused.get("detail")).contains(this.shop.storeId.toString(),
					"(DELIVERY) does not allow assigning who delivers an order", "only MANAGER, CASHIER, SUPPORT");
			assertThat(refused).containsEntry("duty", "ASSIGN_DELIVERIES").containsEntry("job", "DELIVERY");
		}
		assertThat(Api.ok(this.api.get(unassigned, this.tokens.get(STORE_STAFF))).get("deliveryPersonId")).isNull();
		assertThat(Api.ok(this.api.get(anothers, this.tokens.get(STORE_STAFF)))).containsEntry("deliveryPersonId",
				otherRider.toString());
		assertThat(Api
			.ok(this.api.put(unassigned + "/delivery-person", this.tokens.get(ADMIN), Map.of("userId", this.rider))))
			.containsEntry("deliveryPersonId", this.rider.toString());
	}

	@Test
	void cashiersAndSupportCancelOrdersOfTheirStore() {
		String byCashier = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		String bySupport = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");

		assertThat(Api.ok(this.api.post(byCashier + "/cancel", this.tokens.get(STORE_CASHIER),
				Map.of("reason", "Customer called to cancel"))))
			.containsEntry("status", "cancelled")
			.containsEntry("cancelledBy", "staff");
		assertThat(Api.ok(this.api.put(bySupport + "/status", this.tokens.get(STORE_SUPPORT),
				Map.of("status", "cancelled", "note", "Out of lemons"))))
			.containsEntry("status", "cancelled")
			.containsEntry("cancelledBy", "staff");
	}

	@Test
	void everyJobMovesAnOrderOnAndTheRiderDeliversIt() {
		String path = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		String chef = this.tokens.get(STORE_CHEF);
		String rider = this.tokens.get(ASSIGNED_RIDER);
		Api.ok(this.api.put(path + "/status", chef, Map.of("status", "preparing")));
		Api.ok(this.api.put(path + "/status", chef, Map.of("status", "ready")));
		Api.ok(this.api.put(path + "/delivery-person", this.tokens.get(STORE_SUPPORT), Map.of("userId", this.rider)));

		assertThat(Api.ok(this.api.put(path + "/status", rider, Map.of("status", "out_for_delivery"))))
			.containsEntry("status", "out_for_delivery");
		assertThat(Api.ok(this.api.put(path + "/status", rider, Map.of("status", "delivered", "cashCollected", true))))
			.containsEntry("status", "delivered");
	}

	@Test
	void staffWhoOrderedAtTheirOwnStoreCancelAsItsCustomer() {
		UUID id = UUID.randomUUID();
		// Staff with no job named there, who may not reject the store's orders.
		String token = TestTokens.token(id, List.of("CUSTOMER", "STAFF"), List.of(this.shop.storeId));
		Downstreams.customer(id, token, "Meera", "meera-" + id + "@example.com");
		Downstreams.prices(this.shop.storeId, this.shop.kachori.times(1));
		Map<String, Object> pickup = OrderRequests.at(this.shop.storeId)
			.items(this.shop.kachori.times(1))
			.pickup()
			.cashOnDelivery()
			.build();
		String early = (String) Api.json(this.api.place(token, UUID.randomUUID().toString(), pickup), 201).get("id");
		String started = (String) Api.json(this.api.place(token, UUID.randomUUID().toString(), pickup), 201).get("id");
		Api.ok(this.api.put(Api.ORDERS + "/" + started + "/status", this.tokens.get(STORE_STAFF),
				Map.of("status", "preparing")));

		assertThat(Api.ok(this.api.post(Api.ORDERS + "/" + early + "/cancel", token, Map.of("reason", "Wrong item"))))
			.containsEntry("status", "cancelled")
			.containsEntry("cancelledBy", "customer");
		assertThat(
				problem(this.api.post(Api.ORDERS + "/" + started + "/cancel", token, Map.of("reason", "Too slow")), 409)
					.detail())
			.contains("the store has started on it");
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : Endpoint.values()) {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(endpoint, caller, endpoint.expected.get(caller)));
			}
		}
		return cases.stream();
	}

	RestTestClient.ResponseSpec call(HttpMethod method, String path, String token, Object body) {
		return this.api.exchange(method, path, token, body, null);
	}

	enum Caller {

		ANONYMOUS, OWNER, OTHER_CUSTOMER,
		/** A manager of the order's store. */
		STORE_STAFF, STORE_CHEF, STORE_CASHIER, STORE_SUPPORT,
		/** Staff of the order's store whose token names no job there. */
		NO_JOB_STAFF, OTHER_STORES_STAFF,
		/** A delivery rider of the order's store, the one it is assigned to. */
		ASSIGNED_RIDER, ADMIN

	}

	/** Expected statuses, in the order of {@link Caller}. */
	enum Endpoint {

		READ_ORDER((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/" + t.order, token, null), 401, 200, 404, 200,
				200, 200, 200, 200, 404, 200, 200),

		READ_TIMELINE((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/" + t.order + "/timeline", token, null), 401,
				200, 404, 200, 200, 200, 200, 200, 404, 200, 200),

		READ_TRACKING((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/" + t.order + "/tracking", token, null), 401,
				200, 404, 200, 200, 200, 200, 200, 404, 200, 200),

		FOLLOW_LIVE((t, token) -> t.client.get().uri(Api.ORDERS + "/" + t.finished + "/events").headers((headers) -> {
			headers.set("Accept", "text/event-stream");
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).exchange(), 401, 200, 404, 200, 200, 200, 200, 200, 404, 200, 200),

		// Refunded is never the next status: past authorization, every caller gets 409.
		CHANGE_STATUS((t, token) -> t.call(HttpMethod.PUT, Api.ORDERS + "/" + t.order + "/status", token,
				Map.of("status", "refunded")), 401, 403, 404, 409, 409, 409, 409, 409, 404, 409, 409),

		// Out for delivery: too late for the store to reject (409) once past
		// authorization; a chef, a rider and a job-less token may not reject at all.
		REJECT((t, token) -> t.call(HttpMethod.PUT, Api.ORDERS + "/" + t.order + "/status", token,
				Map.of("status", "cancelled", "note", "Out of lemons")), 401, 403, 404, 409, 403, 409, 409, 403, 404,
				403, 409),

		// Nobody of that id rides for the store: past authorization, 422. Dispatching is
		// for managers, cashiers and support: a chef, a rider and a job-less token may
		// not assign anyone.
		ASSIGN_DELIVERY((t, token) -> t.call(HttpMethod.PUT, Api.ORDERS + "/" + t.order + "/delivery-person", token,
				Map.of("userId", UUID.randomUUID())), 401, 403, 404, 422, 403, 422, 422, 403, 404, 403, 422),

		// Out for delivery: too late for anyone to cancel (409) once past authorization.
		CANCEL((t, token) -> t.call(HttpMethod.POST, Api.ORDERS + "/" + t.order + "/cancel", token,
				Map.of("reason", "Changed my mind")), 401, 409, 404, 409, 403, 409, 409, 403, 404, 403, 409),

		REPORT_LOCATION(
				(t, token) -> t.call(HttpMethod.POST, Api.ORDERS + "/" + t.order + "/tracking", token,
						Map.of("latitude", 23.03, "longitude", 72.58)),
				401, 403, 404, 403, 403, 403, 403, 403, 404, 201, 403),

		STORE_QUEUE((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/store/" + t.shop.storeId, token, null), 401,
				403, 403, 200, 200, 200, 200, 200, 403, 200, 200),

		CUSTOMERS_ORDERS(
				(t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/customer/" + t.shop.customerId, token, null), 401,
				200, 404, 404, 404, 404, 404, 404, 404, 404, 200),

		MY_ORDERS((t, token) -> t.call(HttpMethod.GET, Api.ORDERS, token, null), 401, 200, 200, 200, 200, 200, 200, 200,
				200, 200, 200),

		// Only customers place orders; an empty body shows the call got past
		// authorization (400).
		PLACE((t, token) -> t.api.place(token, UUID.randomUUID().toString(), Map.of()), 401, 400, 400, 403, 403, 403,
				403, 403, 403, 403, 403),

		AUDIT_LOG((t, token) -> t.call(HttpMethod.GET, "/api/v1/admin/audit", token, null), 401, 403, 403, 403, 403,
				403, 403, 403, 403, 403, 200);

		final BiFunction<AuthorizationMatrixTests, String, RestTestClient.ResponseSpec> call;

		final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);

		Endpoint(BiFunction<AuthorizationMatrixTests, String, RestTestClient.ResponseSpec> call, int... statuses) {
			this.call = call;
			for (Caller caller : Caller.values()) {
				this.expected.put(caller, statuses[caller.ordinal()]);
			}
		}

	}

}
