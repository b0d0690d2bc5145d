package com.jainshikanji.order;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store runs its orders: one step at a time along the lifecycle, a delivery rider of
 * its own for delivery orders, cash collected on delivery; the customer sees every step.
 */
@OrderServiceTest
class RunningOrdersTests {

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

	Events events;

	String staff;

	UUID rider;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		this.events = new Events(this.kafka, this.json, this.jdbc);
		this.staff = TestTokens.staff(UUID.randomUUID(), this.shop.storeId);
		this.rider = UUID.randomUUID();
		this.events.publish(new StaffAssigned(UUID.randomUUID(), this.rider, this.shop.storeId, "DELIVERY", 1));
	}

	@Test
	void theStoreTakesACashOnDeliveryOrderToTheDoorAndTheCustomerSeesEveryStep() {
		Map<String, Object> order = this.shop.placeCashOnDelivery(this.api);
		String path = Api.ORDERS + "/" + order.get("id");

		move(order, "preparing", "Squeezing lemons");
		move(order, "ready", null);
		assign(order, this.rider);
		move(order, "out_for_delivery", "Vikram is on his way");
		Map<String, Object> delivered = Api.ok(this.api.put(path + "/status", this.staff,
				Map.of("status", "delivered", "note", "Handed over", "cashCollected", true)));

		assertThat(delivered).containsEntry("status", "delivered").containsEntry("paymentStatus", "completed");
		assertThat(delivered.get("deliveredAt")).isNotNull();
		List<Map<String, Object>> timeline = timeline(order, this.shop.customer);
		assertThat(timeline).extracting((entry) -> entry.get("status"))
			.containsExactly("confirmed", "preparing", "ready", "out_for_delivery", "delivered");
		assertThat(timeline.get(0)).containsEntry("by", "customer").containsEntry("byName", "Asha");
		assertThat(timeline.get(1)).containsEntry("by", "staff").containsEntry("note", "Squeezing lemons");
		assertThat(Events.readFromKafka(order.get("id"), OrderDelivered.class)).contains("\"cashCollected\":true",
				"\"paymentMethod\":\"cod\"");
	}

	@Test
	void onlyTheNextStatusIsAccepted() {
		Map<String, Object> order = this.shop.placeCashOnDelivery(this.api);

		Problem skipped = problem(this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff,
				Map.of("status", "delivered", "cashCollected", true)), 409);

		assertThat(skipped.typeSlug()).isEqualTo("illegal-order-transition");
		assertThat(skipped.detail()).contains("is confirmed and cannot become delivered", "next step is preparing");
		Problem pending = problem(this.api.put(Api.ORDERS + "/" + this.shop.placeOnline(this.api).get("id") + "/status",
				this.staff, Map.of("status", "confirmed")), 409);
		assertThat(pending.detail()).contains("waiting for its payment");
	}

	/**
	 * A scheduled order's stock is taken when it is placed, days ahead perhaps: the
	 * kitchen starts on it within the lead time (an hour) before its time, not when it
	 * happens to be at the top of the queue.
	 */
	@Test
	void aScheduledOrderIsStartedNoEarlierThanAnHourBeforeItsTime() {
		Instant later = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> order = this.shop.place(this.api,
				this.shop.twoShikanji().cashOnDelivery().with("scheduledFor", later.toString()));
		String path = Api.ORDERS + "/" + order.get("id");

		Problem early = problem(this.api.put(path + "/status", this.staff, Map.of("status", "preparing")), 409);

		assertThat(early.typeSlug()).isEqualTo("scheduled-order-not-due");
		assertThat(early.detail()).contains("scheduled for " + later,
				"can be started from " + later.minus(Duration.ofHours(1)));
		Map<String, Object> unchanged = Api.ok(this.api.get(path, this.shop.customer));
		assertThat(unchanged).containsEntry("status", "confirmed");
		assertThat(unchanged.get("preparingAt")).isNull();
		assertThat(timeline(order, this.staff)).extracting((entry) -> entry.get("status")).containsExactly("confirmed");

		Instant soon = Instant.now().plus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> due = this.shop.place(this.api,
				this.shop.twoShikanji().cashOnDelivery().with("scheduledFor", soon.toString()));
		move(due, "preparing", null);
		move(due, "ready", null);
	}

	@Test
	void aPickupOrderIsHandedOverWithoutGoingOutForDelivery() {
		Downstreams.prices(this.shop.storeId, this.shop.kachori.times(2));
		Map<String, Object> order = this.shop.place(this.api,
				OrderRequests.at(this.shop.storeId).items(this.shop.kachori.times(2)).pickup().cashOnDelivery());
		move(order, "preparing", null);
		move(order, "ready", null);

		assertThat(problem(this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff,
				Map.of("status", "out_for_delivery")), 409)
			.typeSlug()).isEqualTo("illegal-order-transition");
		assertThat(problem(this.api.put(Api.ORDERS + "/" + order.get("id") + "/delivery-person", this.staff,
				Map.of("userId", this.rider)), 409)
			.typeSlug()).isEqualTo("delivery-assignment-refused");
		assertThat(Api.ok(this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff,
				Map.of("status", "delivered", "cashCollected", true))))
			.containsEntry("status", "delivered");
	}

	@Test
	void aDeliveryLeavesOnlyWithARiderAndCashOnDeliverySaysWhetherTheCashCameIn() {
		Map<String, Object> order = this.shop.placeCashOnDelivery(this.api);
		move(order, "preparing", null);
		move(order, "ready", null);

		assertThat(problem(this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff,
				Map.of("status", "out_for_delivery")), 409)
			.typeSlug()).isEqualTo("delivery-person-required");
		assign(order, this.rider);
		move(order, "out_for_delivery", null);
		assertThat(problem(
				this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff, Map.of("status", "delivered")),
				422)
			.typeSlug()).isEqualTo("cash-collection-required");
		assertThat(Api.ok(this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff,
				Map.of("status", "delivered", "cashCollected", false))))
			.containsEntry("paymentStatus", "failed");
	}

	@Test
	void onlyAnActiveRiderOfTheStoreIsAssigned() {
		Map<String, Object> order = this.shop.placeCashOnDelivery(this.api);
		UUID chef = UUID.randomUUID();
		this.events.publish(new StaffAssigned(UUID.randomUUID(), chef, this.shop.storeId, "CHEF", 1));
		UUID elsewhere = UUID.randomUUID();
		this.events.publish(new StaffAssigned(UUID.randomUUID(), elsewhere, UUID.randomUUID(), "DELIVERY", 1));
		assign(order, this.rider);

		for (UUID notARider : List.of(chef, elsewhere, UUID.randomUUID())) {
			assertThat(problem(this.api.put(Api.ORDERS + "/" + order.get("id") + "/delivery-person", this.staff,
					Map.of("userId", notARider)), 422)
				.typeSlug()).isEqualTo("not-delivery-staff");
		}
	}

	@Test
	void aRiderWhoLeftIsNoLongerAssignedEvenIfAnOlderAssignmentArrivesLate() {
		Map<String, Object> order = this.shop.placeCashOnDelivery(this.api);
		UUID staffId = UUID.randomUUID();
		UUID leaving = UUID.randomUUID();
		this.events.publish(new StaffUnassigned(staffId, leaving, this.shop.storeId, 2));
		// A retried, older assignment arrives after the removal.
		UUID late = this.events.publish(new StaffAssigned(staffId, leaving, this.shop.storeId, "DELIVERY", 1))
			.eventId();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
				.param("id", late)
				.query(Integer.class)
				.single() == 1);

		assertThat(problem(this.api.put(Api.ORDERS + "/" + order.get("id") + "/delivery-person", this.staff,
				Map.of("userId", leaving)), 422)
			.typeSlug()).isEqualTo("not-delivery-staff");
	}

	@Test
	void theStoreRejectsAnOrderUntilItLeavesAndTheCustomerOnlyBeforeItStarts() {
		Map<String, Object> rejected = this.shop.placeCashOnDelivery(this.api);
		move(rejected, "preparing", null);
		Problem late = problem(this.api.post(Api.ORDERS + "/" + rejected.get("id") + "/cancel", this.shop.customer,
				Map.of("reason", "Too slow")), 409);
		assertThat(late.detail()).contains("the store has started on it");

		Map<String, Object> byStore = Api.ok(this.api.put(Api.ORDERS + "/" + rejected.get("id") + "/status", this.staff,
				Map.of("status", "cancelled", "note", "Out of lemons")));

		assertThat(byStore).containsEntry("status", "cancelled")
			.containsEntry("cancelledBy", "staff")
			.containsEntry("cancellationReason", "Out of lemons");
		Map<String, Object> early = this.shop.placeCashOnDelivery(this.api);
		assertThat(Api.ok(this.api.post(Api.ORDERS + "/" + early.get("id") + "/cancel", this.shop.customer,
				Map.of("reason", "Wrong address"))))
			.containsEntry("cancelledBy", "customer");
	}

	@Test
	void theStoresQueueIsOldestFirstAndFiltersByStatusAndTime() {
		Map<String, Object> first = this.shop.placeCashOnDelivery(this.api);
		Map<String, Object> second = this.shop.placeCashOnDelivery(this.api);
		Map<String, Object> pending = this.shop.placeOnline(this.api);
		move(second, "preparing", null);
		String queue = Api.ORDERS + "/store/" + this.shop.storeId;

		assertThat(ids(Api.ok(this.api.get(queue, this.staff)))).containsExactly(first.get("id"), second.get("id"),
				pending.get("id"));
		assertThat(ids(Api.ok(this.api.get(queue + "?status=confirmed&status=preparing", this.staff))))
			.containsExactly(first.get("id"), second.get("id"));
		assertThat(ids(Api.ok(this.api.get(queue + "?status=out_for_delivery", this.staff)))).isEmpty();
		assertThat(ids(Api.ok(this.api.get(queue + "?from=" + Instant.now().plus(Duration.ofMinutes(1)), this.staff))))
			.isEmpty();
		assertThat(ids(Api.ok(this.api.get(queue + "?from=-290000-01-01T00:00:00Z", this.staff))))
			.as("an instant before what PostgreSQL holds asks for the same orders as the earliest")
			.containsExactly(first.get("id"), second.get("id"), pending.get("id"));
		assertThat(ids(Api.ok(this.api.get(queue + "?to=-100000-01-01T00:00:00Z", this.staff)))).isEmpty();
		Map<String, Object> page = Api.ok(this.api.get(queue + "?size=2&page=1", this.staff));
		assertThat(ids(page)).containsExactly(pending.get("id"));
		assertThat(page).containsEntry("totalItems", 3).containsEntry("totalPages", 2);
	}

	@Test
	void aCustomerListsTheirOwnOrdersNewestFirst() {
		Map<String, Object> first = this.shop.placeCashOnDelivery(this.api);
		Map<String, Object> second = this.shop.placeOnline(this.api);

		assertThat(ids(Api.ok(this.api.get(Api.ORDERS, this.shop.customer)))).containsExactly(second.get("id"),
				first.get("id"));
		assertThat(ids(Api.ok(this.api.get(Api.ORDERS + "?status=pending", this.shop.customer))))
			.containsExactly(second.get("id"));
		assertThat(ids(Api.ok(this.api.get(Api.ORDERS + "/customer/" + this.shop.customerId, TestTokens.admin()))))
			.containsExactly(second.get("id"), first.get("id"));
		assertThat(Api.items(Api.ok(this.api.get(Api.ORDERS, this.shop.customer))).getFirst())
			.containsEntry("itemCount", 1)
			.containsEntry("total", 120.0)
			.containsEntry("status", "pending");
	}

	@Test
	void aCustomersOrdersAreFilteredByTimeAndAnEmptyWindowIsRefusedNamingFrom() {
		Map<String, Object> placed = this.shop.placeCashOnDelivery(this.api);
		Instant before = Instant.now().minus(Duration.ofMinutes(5));
		Instant after = Instant.now().plus(Duration.ofMinutes(1));

		assertThat(ids(Api.ok(this.api.get(Api.ORDERS + "?from=" + before + "&to=" + after, this.shop.customer))))
			.containsExactly(placed.get("id"));
		assertThat(ids(Api.ok(this.api.get(Api.ORDERS + "?from=" + after, this.shop.customer)))).isEmpty();
		assertThat(ids(Api.ok(this.api.get(Api.ORDERS + "?to=" + before, this.shop.customer)))).isEmpty();
		for (String window : List.of("?from=" + after + "&to=" + before, "?from=" + before + "&to=" + before)) {
			assertThat(problem(this.api.get(Api.ORDERS + window, this.shop.customer), 400).errors()).as(window)
				.containsExactly(Map.of("field", "from", "message", "must be before to"));
		}
		assertThat(problem(this.api.get(Api.ORDERS + "/store/" + this.shop.storeId + "?from=" + after + "&to=" + before,
				this.staff), 400)
			.errors()).containsExactly(Map.of("field", "from", "message", "must be before to"));
	}

	private void move(Map<String, Object> order, String status, String note) {
		Map<String, Object> body = (note != null) ? Map.of("status", status, "note", note) : Map.of("status", status);
		assertThat(Api.ok(this.api.put(Api.ORDERS + "/" + order.get("id") + "/status", this.staff, body)))
			.containsEntry("status", status);
	}

	/** Assigns the rider, once the roster has heard of them. */
	private void assign(Map<String, Object> order, UUID rider) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api
				.put(Api.ORDERS + "/" + order.get("id") + "/delivery-person", this.staff, Map.of("userId", rider))
				.returnResult(String.class)
				.getStatus()
				.value()).isEqualTo(200));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> timeline(Map<String, Object> order, String token) {
		return this.api.get(Api.ORDERS + "/" + order.get("id") + "/timeline", token)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<Object> ids(Map<String, Object> page) {
		return Api.items(page).stream().map((item) -> item.get("id")).toList();
	}

}
