package com.jainshikanji.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.store.Requests.Day;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Api.object;
import static com.jainshikanji.store.Requests.aStaffChange;
import static com.jainshikanji.store.Requests.aStaffMember;
import static com.jainshikanji.store.Requests.aStore;
import static com.jainshikanji.store.Requests.aZone;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change an admin or a store's manager makes is in the audit log, with who made it,
 * what it was done to, the store, and what changed; only admins read the log.
 */
@StoreServiceTest
class AuditTests {

	private static final String AUDIT = "/api/v1/admin/audit";

	@Autowired
	RestTestClient client;

	Api api;

	UUID adminId;

	String admin;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.adminId = UUID.randomUUID();
		this.admin = TestTokens.token(this.adminId, List.of("ADMIN"), List.of());
	}

	@Test
	void creatingAStoreIsRecordedWithItsSettings() {
		Map<String, Object> store = map(
				this.api.post(STORES, this.admin, aStore().deliveryFee("25.00").build()).expectStatus().isCreated());
		UUID storeId = Api.id(store);

		Map<String, Object> entry = only("store.created", storeId);

		assertThat(entry).containsEntry("actorId", this.adminId.toString())
			.containsEntry("actorRoles", List.of("ADMIN"))
			.containsEntry("targetType", "store")
			.containsEntry("targetId", storeId.toString())
			.containsEntry("storeId", storeId.toString());
		assertThat(object(entry.get("details"))).containsEntry("slug", store.get("slug"))
			.containsEntry("deliveryFee", 25.0)
			.containsEntry("acceptingOrders", true)
			.containsEntry("address.postalCode", "380001");
	}

	@Test
	void changingAStoreRecordsWhatChangedAndPausingOrdersOnItsOwn() {
		Requests.StoreBuilder body = aStore().deliveryFee("25.00");
		UUID storeId = Api.id(this.api.createStore(body.build()));

		this.api.put(STORES + "/" + storeId, this.admin, body.deliveryFee("30").acceptingOrders(false).build())
			.expectStatus()
			.isOk();
		this.api.put(STORES + "/" + storeId, this.admin, body.acceptingOrders(true).build()).expectStatus().isOk();

		List<Map<String, Object>> updates = entries("store.updated", storeId);
		assertThat(updates).hasSize(2);
		// Newest first.
		assertThat(changes(updates.get(1))).containsOnlyKeys("deliveryFee", "acceptingOrders")
			.containsEntry("deliveryFee", Map.of("from", 25.0, "to", 30.0))
			.containsEntry("acceptingOrders", Map.of("from", true, "to", false));
		assertThat(changes(updates.get(0))).containsOnlyKeys("acceptingOrders");
		assertThat(only("store.orders-paused", storeId)).containsEntry("actorId", this.adminId.toString())
			.containsEntry("storeId", storeId.toString());
		assertThat(only("store.orders-resumed", storeId)).containsEntry("targetId", storeId.toString());
	}

	@Test
	void aChangeThatChangesNothingOrIsRefusedIsNotRecorded() {
		Requests.StoreBuilder body = aStore();
		UUID storeId = Api.id(this.api.createStore(body.build()));
		String taken = Requests.uniqueSlug();
		this.api.createStore(aStore().slug(taken).build());

		this.api.put(STORES + "/" + storeId, this.admin, body.build()).expectStatus().isOk();
		problem(this.api.put(STORES + "/" + storeId, this.admin, body.slug(taken).name("Renamed").build()), 409);

		assertThat(entries("store.updated", storeId)).isEmpty();
	}

	@Test
	void aManagerSettingTheHoursIsRecordedWithTheDaysThatChanged() {
		UUID storeId = this.api.createStore();
		UUID managerId = UUID.randomUUID();
		this.api.addStaff(storeId, managerId, "MANAGER");
		String manager = TestTokens.staff(managerId, storeId);

		this.api
			.put(STORES + "/" + storeId + "/operating-hours", manager,
					Requests.closedAllWeek().open(Day.FRIDAY, "18:00", "02:00").build())
			.expectStatus()
			.isOk();

		Map<String, Object> entry = only("store.hours-changed", storeId);
		assertThat(entry).containsEntry("actorId", managerId.toString())
			.containsEntry("actorRoles", List.of("STAFF"))
			.containsEntry("storeId", storeId.toString());
		assertThat(changes(entry)).containsOnlyKeys("friday")
			.containsEntry("friday", Map.of("from", "closed", "to", "18:00-02:00"));
	}

	@Test
	void everyChangeOfAStaffRecordIsRecorded() {
		UUID storeId = this.api.createStore();
		UUID userId = UUID.randomUUID();
		String path = STORES + "/" + storeId + "/staff";
		UUID staffId = Api
			.id(map(this.api.post(path, this.admin, aStaffMember(userId, "CHEF").build()).expectStatus().isCreated()));
		path += "/" + staffId;

		this.api.put(path, this.admin, aStaffChange("Ravi Shah", "CASHIER", true)).expectStatus().isOk();
		this.api.delete(path, this.admin).expectStatus().isNoContent();
		// Removing again changes nothing and records nothing.
		this.api.delete(path, this.admin).expectStatus().isNoContent();
		this.api.put(path, this.admin, aStaffChange("Ravi K. Shah", "CASHIER", true)).expectStatus().isOk();

		Map<String, Object> assigned = only("staff.assigned", staffId);
		assertThat(assigned).containsEntry("actorId", this.adminId.toString())
			.containsEntry("targetType", "staff")
			.containsEntry("storeId", storeId.toString());
		assertThat(object(assigned.get("details"))).containsEntry("userId", userId.toString())
			.containsEntry("role", "CHEF");
		assertThat(object(only("staff.role-changed", staffId).get("details"))).containsEntry("from", "CHEF")
			.containsEntry("to", "CASHIER");
		assertThat(object(only("staff.deactivated", staffId).get("details"))).containsEntry("userId",
				userId.toString());
		assertThat(only("staff.reactivated", staffId)).containsEntry("storeId", storeId.toString());
		// The first change's email was dropped (the change leaves it out), the second
		// renamed.
		List<Map<String, Object>> updates = entries("staff.updated", staffId);
		assertThat(updates).hasSize(2);
		assertThat(changes(updates.get(0))).containsOnlyKeys("name")
			.containsEntry("name", Map.of("from", "Ravi Shah", "to", "Ravi K. Shah"));
		assertThat(changes(updates.get(1))).containsOnlyKeys("email");
	}

	@Test
	void drawingChangingAndDeletingAZoneIsRecorded() {
		UUID storeId = this.api.createStore();
		String manager = this.api.managerOf(storeId);
		String zones = STORES + "/" + storeId + "/delivery-zones";
		UUID zoneId = Api.id(map(this.api.post(zones, manager, aZone("Old City", "380001").fee("20").build())
			.expectStatus()
			.isCreated()));

		this.api.put(zones + "/" + zoneId, manager, aZone("Old City", "380001", "380002").fee("20").build())
			.expectStatus()
			.isOk();
		this.api.delete(zones + "/" + zoneId, manager).expectStatus().isNoContent();

		Map<String, Object> created = only("delivery-zone.created", zoneId);
		assertThat(created).containsEntry("targetType", "delivery-zone")
			.containsEntry("storeId", storeId.toString())
			.containsEntry("actorRoles", List.of("STAFF"));
		assertThat(object(created.get("details"))).containsEntry("name", "Old City")
			.containsEntry("postalCodes", List.of("380001"))
			.containsEntry("deliveryFee", 20.0);
		assertThat(changes(only("delivery-zone.updated", zoneId))).containsOnlyKeys("postalCodes")
			.containsEntry("postalCodes", Map.of("from", List.of("380001"), "to", List.of("380001", "380002")));
		assertThat(object(only("delivery-zone.deleted", zoneId).get("details"))).containsEntry("name", "Old City");
	}

	@Test
	void onlyAdminsReadTheAuditLog() {
		UUID storeId = this.api.createStore();
		String manager = this.api.managerOf(storeId);

		assertThat(problem(this.api.get(AUDIT, null), 401).typeSlug()).isEqualTo("authentication-required");
		for (String token : List.of(TestTokens.customer(), manager, TestTokens.staffOf(storeId))) {
			assertThat(problem(this.api.get(AUDIT + "?storeId=" + storeId, token), 403).typeSlug())
				.isEqualTo("access-denied");
		}
		assertThat(entries("store.created", storeId)).hasSize(1);
	}

	private Map<String, Object> only(String action, UUID target) {
		List<Map<String, Object>> entries = entries(action, target);
		assertThat(entries).as("%s of %s", action, target).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entries(String action, UUID target) {
		Map<String, Object> page = map(
				this.api.get(AUDIT + "?action=" + action + "&targetId=" + target, TestTokens.admin())
					.expectStatus()
					.isOk());
		return (List<Map<String, Object>>) page.get("items");
	}

	private static Map<String, Object> changes(Map<String, Object> entry) {
		return object(object(entry.get("details")).get("changes"));
	}

}
