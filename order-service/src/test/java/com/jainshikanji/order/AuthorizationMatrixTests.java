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

import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.ADMIN;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.ANONYMOUS;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.ASSIGNED_RIDER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.OTHER_CUSTOMER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.OTHER_STORES_STAFF;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.OWNER;
import static com.jainshikanji.order.AuthorizationMatrixTests.Caller.STORE_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call which endpoint, every endpoint by every kind of caller, on an order out
 * for delivery (so no call below changes where it stands): anonymous 401; another
 * customer, and staff of another store, find no such order (404); the order's customer
 * may read but not run it (403); the store's staff run it, only its assigned rider
 * reports its location; admins do everything but deliver. A success is the endpoint's own
 * answer, which for the order's state may be a refusal past authorization (409, 422).
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

	Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	@BeforeAll
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		UUID rider = UUID.randomUUID();
		new Events(this.kafka, this.json, this.jdbc)
			.publish(new StaffAssigned(UUID.randomUUID(), rider, this.shop.storeId, "DELIVERY", 1));
		this.tokens.put(OWNER, this.shop.customer);
		this.tokens.put(OTHER_CUSTOMER, TestTokens.customer());
		this.tokens.put(STORE_STAFF, TestTokens.staffOf(this.shop.storeId));
		this.tokens.put(OTHER_STORES_STAFF, TestTokens.staffOf(UUID.randomUUID()));
		this.tokens.put(ASSIGNED_RIDER, TestTokens.staff(rider, this.shop.storeId));
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
		Api.ok(this.api.put(path + "/status", staff, Map.of("status", "out_for_delivery")));
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

		ANONYMOUS, OWNER, OTHER_CUSTOMER, STORE_STAFF, OTHER_STORES_STAFF, ASSIGNED_RIDER, ADMIN

	}

	/** Expected statuses, in the order of {@link Caller}. */
	enum Endpoint {

		READ_ORDER((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/" + t.order, token, null), 401, 200, 404, 200,
				404, 200, 200),

		READ_TIMELINE((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/" + t.order + "/timeline", token, null), 401,
				200, 404, 200, 404, 200, 200),

		READ_TRACKING((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/" + t.order + "/tracking", token, null), 401,
				200, 404, 200, 404, 200, 200),

		FOLLOW_LIVE((t, token) -> t.client.get().uri(Api.ORDERS + "/" + t.finished + "/events").headers((headers) -> {
			headers.set("Accept", "text/event-stream");
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).exchange(), 401, 200, 404, 200, 404, 200, 200),

		// Refunded is never the next status: past authorization, every caller gets 409.
		CHANGE_STATUS((t, token) -> t.call(HttpMethod.PUT, Api.ORDERS + "/" + t.order + "/status", token,
				Map.of("status", "refunded")), 401, 403, 404, 409, 404, 409, 409),

		// Nobody of that id rides for the store: past authorization, 422.
		ASSIGN_DELIVERY((t, token) -> t.call(HttpMethod.PUT, Api.ORDERS + "/" + t.order + "/delivery-person", token,
				Map.of("userId", UUID.randomUUID())), 401, 403, 404, 422, 404, 422, 422),

		// Out for delivery: too late for anyone to cancel (409) once past authorization.
		CANCEL((t, token) -> t.call(HttpMethod.POST, Api.ORDERS + "/" + t.order + "/cancel", token,
				Map.of("reason", "Changed my mind")), 401, 409, 404, 409, 404, 409, 409),

		REPORT_LOCATION((t, token) -> t.call(HttpMethod.POST, Api.ORDERS + "/" + t.order + "/tracking", token,
				Map.of("latitude", 23.03, "longitude", 72.58)), 401, 403, 404, 403, 404, 201, 403),

		STORE_QUEUE((t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/store/" + t.shop.storeId, token, null), 401,
				403, 403, 200, 403, 200, 200),

		CUSTOMERS_ORDERS(
				(t, token) -> t.call(HttpMethod.GET, Api.ORDERS + "/customer/" + t.shop.customerId, token, null), 401,
				200, 404, 404, 404, 404, 200),

		MY_ORDERS((t, token) -> t.call(HttpMethod.GET, Api.ORDERS, token, null), 401, 200, 200, 200, 200, 200, 200),

		// Only customers place orders; an empty body shows the call got past
		// authorization (400).
		PLACE((t, token) -> t.api.place(token, UUID.randomUUID().toString(), Map.of()), 401, 400, 400, 403, 403, 403,
				403),

		AUDIT_LOG((t, token) -> t.call(HttpMethod.GET, "/api/v1/admin/audit", token, null), 401, 403, 403, 403, 403,
				403, 200);

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
