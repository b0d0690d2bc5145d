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
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What staff and admins do to orders is in the audit log (who, what, to which order, at
 * which store, what changed); what customers do is on the order's own timeline.
 */
@OrderServiceTest
class AuditTests {

	private static final String AUDIT = "/api/v1/admin/audit";

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

	UUID staffId;

	String staff;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		this.staffId = UUID.randomUUID();
		this.staff = TestTokens.staff(this.staffId, this.shop.storeId);
	}

	@Test
	void aStatusChangeIsRecordedWithItsNoteAndTheCashCollected() {
		Object order = this.shop.placeCashOnDelivery(this.api).get("id");

		Api.ok(this.api.put(Api.ORDERS + "/" + order + "/status", this.staff,
				Map.of("status", "preparing", "note", "On the counter")));

		Map<String, Object> entry = only("order.status-changed", order);
		assertThat(entry).containsEntry("actorId", this.staffId.toString())
			.containsEntry("actorRoles", List.of("STAFF"))
			.containsEntry("targetType", "order")
			.containsEntry("storeId", this.shop.storeId.toString());
		assertThat(details(entry)).containsEntry("from", "confirmed")
			.containsEntry("to", "preparing")
			.containsEntry("note", "On the counter")
			.containsKey("orderNumber");
	}

	@Test
	void aRejectionIsRecordedWithItsReasonAndWhetherMoneyGoesBack() {
		UUID adminId = UUID.randomUUID();
		Object order = this.shop.placeCashOnDelivery(this.api).get("id");

		Api.ok(this.api.post(Api.ORDERS + "/" + order + "/cancel",
				TestTokens.token(adminId, List.of("ADMIN"), List.of()), Map.of("reason", "Store closed for Diwali")));

		Map<String, Object> entry = only("order.rejected", order);
		assertThat(entry).containsEntry("actorId", adminId.toString()).containsEntry("actorRoles", List.of("ADMIN"));
		assertThat(details(entry)).containsEntry("from", "confirmed")
			.containsEntry("reason", "Store closed for Diwali")
			.containsEntry("refundRequested", false);
	}

	@Test
	void aDeliveryAssignmentIsRecordedWithWhoHadItBefore() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Events events = new Events(this.kafka, this.json, this.jdbc);
		events.publish(new StaffAssigned(UUID.randomUUID(), first, this.shop.storeId, "DELIVERY", 1));
		events.publish(new StaffAssigned(UUID.randomUUID(), second, this.shop.storeId, "DELIVERY", 1));
		Object order = this.shop.placeCashOnDelivery(this.api).get("id");
		String path = Api.ORDERS + "/" + order + "/delivery-person";
		for (UUID rider : List.of(first, second)) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.api.put(path, this.staff, Map.of("userId", rider))
					.returnResult(String.class)
					.getStatus()
					.value() == 200);
		}

		List<Map<String, Object>> entries = entries("order.delivery-person-assigned", order);
		assertThat(entries).hasSize(2);
		assertThat(entries).anySatisfy((entry) -> assertThat(details(entry)).containsEntry("from", first.toString())
			.containsEntry("to", second.toString()));
	}

	@Test
	void aCustomersCancellationIsNotAnAuditEntryButOnTheTimeline() {
		Object order = this.shop.placeOnline(this.api).get("id");

		Api.ok(this.api.post(Api.ORDERS + "/" + order + "/cancel", this.shop.customer, Map.of("reason", "Oops")));

		assertThat(this.jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE target_id = :id")
			.param("id", order.toString())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void onlyAdminsReadTheLog() {
		this.api.get(AUDIT, this.staff).expectStatus().isForbidden();
		this.api.get(AUDIT, this.shop.customer).expectStatus().isForbidden();
		this.api.get(AUDIT, TestTokens.admin()).expectStatus().isOk();
	}

	private Map<String, Object> only(String action, Object target) {
		List<Map<String, Object>> entries = entries(action, target);
		assertThat(entries).as("%s of %s", action, target).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entries(String action, Object target) {
		return (List<Map<String, Object>>) Api
			.ok(this.api.get(AUDIT + "?action=" + action + "&targetId=" + target, TestTokens.admin()))
			.get("items");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		Object details = entry.get("details");
		return (details instanceof Map) ? (Map<String, Object>) details
				: Downstreams.JSON.readValue(String.valueOf(details), Map.class);
	}

}
