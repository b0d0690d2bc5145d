package com.jainshikanji.order;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.order.DeliveryLocationUpdated;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Location updates come from the order's delivery person only, while it is on its way:
 * where the rider was before they took the order out is nobody else's business.
 */
@OrderServiceTest
class TrackingTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	Shop shop;

	String staff;

	String rider;

	String path;

	Map<String, Object> order;

	UUID riderId;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		this.staff = TestTokens.staffOf(this.shop.storeId);
		this.riderId = UUID.randomUUID();
		this.rider = TestTokens.staffAs("DELIVERY", this.riderId, this.shop.storeId);
		new Events(this.kafka, this.json, this.jdbc)
			.publish(new StaffAssigned(UUID.randomUUID(), this.riderId, this.shop.storeId, "DELIVERY", 1));
		this.order = this.shop.placeCashOnDelivery(this.api);
		this.path = Api.ORDERS + "/" + this.order.get("id");
		Api.ok(this.api.put(this.path + "/status", this.staff, Map.of("status", "preparing")));
		Api.ok(this.api.put(this.path + "/status", this.staff, Map.of("status", "ready")));
		assignRider(this.path);
		Api.ok(this.api.put(this.path + "/status", this.staff, Map.of("status", "out_for_delivery")));
	}

	@Test
	void theRiderReportsAndTheCustomerFollowsTheTrail() {
		Api.json(this.api.post(this.path + "/tracking", this.rider,
				Map.of("latitude", 23.0301, "longitude", 72.5802, "message", "Left the store")), 201);
		Map<String, Object> last = Api.json(this.api.post(this.path + "/tracking", this.rider,
				Map.of("latitude", 23.02581234, "longitude", 72.58712345)), 201);

		assertThat(last).containsEntry("status", "out_for_delivery").containsEntry("latitude", 23.02581234);
		List<?> trail = this.api.get(this.path + "/tracking", this.shop.customer)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(trail).hasSize(2);
		assertThat(((Map<?, ?>) trail.getFirst()).get("longitude")).isEqualTo(72.58712345);
		assertThat(Events.readFromKafka(this.order.get("id"), DeliveryLocationUpdated.class))
			.contains("\"message\":\"Left the store\"");
	}

	@Test
	void nobodyElseMovesTheOrderOnTheMap() {
		Map<String, Object> here = Map.of("latitude", 23.0, "longitude", 72.5);

		assertThat(problem(this.api.post(this.path + "/tracking", this.staff, here), 403).typeSlug())
			.isEqualTo("not-assigned-delivery-person");
		assertThat(problem(this.api.post(this.path + "/tracking", this.shop.customer, here), 403).typeSlug())
			.isEqualTo("not-assigned-delivery-person");
		assertThat(problem(this.api.post(this.path + "/tracking", TestTokens.customer(), here), 404).typeSlug())
			.isEqualTo("order-not-found");
		assertThat(problem(this.api.post(this.path + "/tracking", TestTokens.staffOf(UUID.randomUUID()), here), 404)
			.typeSlug()).isEqualTo("order-not-found");
	}

	@Test
	void aDeliveredOrderIsNoLongerTracked() {
		Api.ok(this.api.put(this.path + "/status", this.staff, Map.of("status", "delivered", "cashCollected", true)));

		assertThat(
				problem(this.api.post(this.path + "/tracking", this.rider, Map.of("latitude", 23.0, "longitude", 72.5)),
						409)
					.typeSlug())
			.isEqualTo("tracking-closed");
	}

	@Test
	void theRidersWhereaboutsAreNotTakenBeforeTheyTakeTheOrderOut() {
		String early = Api.ORDERS + "/" + this.shop.placeCashOnDelivery(this.api).get("id");
		assignRider(early);
		Map<String, Object> here = Map.of("latitude", 23.0, "longitude", 72.5, "message", "Having chai");

		for (String status : List.of("confirmed", "preparing", "ready")) {
			if (!"confirmed".equals(status)) {
				Api.ok(this.api.put(early + "/status", this.staff, Map.of("status", status)));
			}
			Problem notYet = problem(this.api.post(early + "/tracking", this.rider, here), 409);
			assertThat(notYet.typeSlug()).as(status).isEqualTo("tracking-closed");
			assertThat(notYet.detail()).as(status).contains("is " + status, "not on its way yet");
		}
		assertThat(trail(early)).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM order_tracking WHERE order_id = :id")
			.param("id", UUID.fromString(early.substring(early.lastIndexOf('/') + 1)))
			.query(Integer.class)
			.single()).isZero();
		Api.ok(this.api.put(early + "/status", this.staff, Map.of("status", "out_for_delivery")));
		assertThat(Api.json(this.api.post(early + "/tracking", this.rider, here), 201)).containsEntry("status",
				"out_for_delivery");
	}

	/**
	 * Points kept from before locations were refused until the order is on its way stay
	 * with the order, but nobody is shown them.
	 */
	@Test
	void theTrailShowsOnlyWhereTheOrderWentOnItsWay() {
		UUID orderId = Api.id(this.order);
		for (String status : List.of("confirmed", "preparing", "ready")) {
			this.jdbc.sql("""
					INSERT INTO order_tracking (id, order_id, latitude, longitude, status, message, recorded_by,
					                            created_at)
					VALUES (gen_random_uuid(), :order, 23.1, 72.6, :status, 'At home', :rider,
					        now() - interval '1 hour')
					""").param("order", orderId).param("status", status).param("rider", this.riderId).update();
		}
		Api.json(this.api.post(this.path + "/tracking", this.rider,
				Map.of("latitude", 23.0301, "longitude", 72.5802, "message", "Left the store")), 201);

		List<Map<String, Object>> trail = trail(this.path);

		assertThat(trail).singleElement()
			.satisfies((point) -> assertThat(point).containsEntry("status", "out_for_delivery")
				.containsEntry("message", "Left the store"));
		Api.ok(this.api.put(this.path + "/status", this.staff, Map.of("status", "delivered", "cashCollected", true)));
		assertThat(trail(this.path)).as("the trail stays once delivered").hasSize(1);
	}

	@Test
	void aLocationOffTheMapIsRefusedNamingTheField() {
		Problem problem = problem(
				this.api.post(this.path + "/tracking", this.rider, Map.of("latitude", 91, "longitude", 72.123456789)),
				400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("latitude", "longitude");
	}

	/** Assigns the rider, once the roster has heard of them. */
	private void assignRider(String order) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.put(order + "/delivery-person", this.staff, Map.of("userId", this.riderId))
				.returnResult(String.class)
				.getStatus()
				.value() == 200);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> trail(String order) {
		return this.api.get(order + "/tracking", this.shop.customer)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

}
