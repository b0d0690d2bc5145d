package com.jainshikanji.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Requests.aStaffChange;
import static com.jainshikanji.store.Requests.aStaffMember;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A store's staff over HTTP, run by an admin or the store's active manager. */
@StoreServiceTest
class StaffApiTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID storeId;

	String staff;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
		this.staff = STORES + "/" + this.storeId + "/staff";
	}

	@Test
	void anAdminPutsAUserToWorkAtAStore() {
		UUID userId = UUID.randomUUID();
		Requests.Staff body = aStaffMember(userId, "CHEF").phone("+91 98250 12345").hireDate("2025-06-01").build();

		var added = this.api.post(this.staff, admin(), body).expectStatus().isCreated();
		String location = added.returnResult(Map.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		Map<String, Object> member = map(added);

		assertThat(location).endsWith(this.staff + "/" + member.get("id"));
		assertThat(member).containsEntry("userId", userId.toString())
			.containsEntry("storeId", this.storeId.toString())
			.containsEntry("name", "Ravi Shah")
			.containsEntry("email", "ravi@example.com")
			.containsEntry("phone", "+91 98250 12345")
			.containsEntry("role", "CHEF")
			.containsEntry("active", true)
			.containsEntry("hireDate", "2025-06-01")
			.containsEntry("deactivatedAt", null);
		assertThat(map(this.api.get(this.staff + "/" + member.get("id"), admin()).expectStatus().isOk()))
			.isEqualTo(member);
		assertThat(list(admin())).containsExactly(member);
	}

	@Test
	void aUserHasOneRecordPerStoreButMayWorkAtSeveralStores() {
		UUID userId = UUID.randomUUID();
		Map<String, Object> first = this.api.addStaff(this.storeId, userId, "CHEF");

		Problem problem = problem(this.api.post(this.staff, admin(), aStaffMember(userId, "CASHIER").build()), 409);
		assertThat(problem.typeSlug()).isEqualTo("staff-already-assigned");
		assertThat(problem.detail()).contains(first.get("id").toString());
		// The record to change instead, as a member of the problem.
		assertThat(map(this.api.post(this.staff, admin(), aStaffMember(userId, "CASHIER").build())))
			.containsEntry("staffId", first.get("id"));

		UUID otherStore = this.api.createStore();
		assertThat(this.api.addStaff(otherStore, userId, "CASHIER")).containsEntry("role", "CASHIER");
	}

	@Test
	void theStoresManagerRunsItsStaff() {
		String manager = this.api.managerOf(this.storeId);

		Map<String, Object> chef = map(
				this.api.post(this.staff, manager, aStaffMember(UUID.randomUUID(), "CHEF").build())
					.expectStatus()
					.isCreated());
		String path = this.staff + "/" + chef.get("id");
		Requests.StaffChange change = aStaffChange("Ravi S. Shah", "CASHIER", true);
		Map<String, Object> changed = map(this.api.put(path, manager, change).expectStatus().isOk());
		this.api.delete(path, manager).expectStatus().isNoContent();

		assertThat(changed).containsEntry("name", "Ravi S. Shah").containsEntry("role", "CASHIER");
		Map<String, Object> removed = map(this.api.get(path, manager));
		assertThat(removed).containsEntry("active", false);
		assertThat(removed.get("deactivatedAt")).isNotNull();
		// Active staff first: the manager, then the deactivated cashier.
		assertThat(list(manager)).extracting((member) -> member.get("role")).containsExactly("MANAGER", "CASHIER");
	}

	@Test
	void aRemovedStaffMemberCanBeBroughtBack() {
		Map<String, Object> chef = this.api.addStaff(this.storeId, UUID.randomUUID(), "CHEF");
		String path = this.staff + "/" + chef.get("id");
		this.api.delete(path, admin()).expectStatus().isNoContent();
		// Removing again changes nothing.
		this.api.delete(path, admin()).expectStatus().isNoContent();

		Map<String, Object> back = map(
				this.api.put(path, admin(), aStaffChange("Ravi Shah", "CHEF", true)).expectStatus().isOk());

		assertThat(back).containsEntry("active", true).containsEntry("deactivatedAt", null);
	}

	@Test
	void aDeactivatedManagerLosesAccessAtOnce() {
		UUID userId = UUID.randomUUID();
		Map<String, Object> record = this.api.addStaff(this.storeId, userId, "MANAGER");
		String token = TestTokens.staff(userId, this.storeId);
		this.api.get(this.staff, token).expectStatus().isOk();

		this.api.delete(this.staff + "/" + record.get("id"), admin()).expectStatus().isNoContent();

		// The token still names the store; the staff table decides.
		assertThat(problem(this.api.get(this.staff, token), 403).typeSlug()).isEqualTo("access-denied");
	}

	@Test
	void aManagerMovedToAnotherJobLosesAccess() {
		UUID userId = UUID.randomUUID();
		Map<String, Object> record = this.api.addStaff(this.storeId, userId, "MANAGER");
		String token = TestTokens.staff(userId, this.storeId);

		this.api.put(this.staff + "/" + record.get("id"), admin(), aStaffChange("Ravi Shah", "CHEF", true))
			.expectStatus()
			.isOk();

		problem(this.api.get(this.staff, token), 403);
	}

	@Test
	void aManagerRecordIsNotEnoughWithoutTheStaffRoleInTheToken() {
		UUID userId = UUID.randomUUID();
		this.api.addStaff(this.storeId, userId, "MANAGER");

		problem(this.api.get(this.staff, TestTokens.customer(userId)), 403);
		this.api.get(this.staff, TestTokens.staff(userId)).expectStatus().isOk();
	}

	@Test
	void invalidStaffIsRefusedNamingTheFields() {
		Requests.Staff body = aStaffMember(null, "CHEF").name("").email("not-an-email").phone("call me").build();

		Problem problem = problem(this.api.post(this.staff, admin(), body), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("userId", "name", "email", "phone");
		Problem badRole = problem(this.api.post(this.staff, admin(), aStaffMember(UUID.randomUUID(), "OWNER").build()),
				400);
		assertThat(badRole.fields()).containsExactly("role");
		assertThat(badRole.detail()).contains("MANAGER", "CHEF", "CASHIER", "DELIVERY", "SUPPORT");
		Requests.StaffChange noActive = aStaffChange("Ravi Shah", "CHEF", true).withoutActive();
		Map<String, Object> chef = this.api.addStaff(this.storeId, UUID.randomUUID(), "CHEF");
		assertThat(problem(this.api.put(this.staff + "/" + chef.get("id"), admin(), noActive), 400).fields())
			.containsExactly("active");
	}

	@Test
	void staffIsReachedOnlyThroughItsOwnStore() {
		Map<String, Object> chef = this.api.addStaff(this.storeId, UUID.randomUUID(), "CHEF");
		UUID otherStore = this.api.createStore();
		String elsewhere = STORES + "/" + otherStore + "/staff/" + chef.get("id");

		assertThat(problem(this.api.get(elsewhere, admin()), 404).typeSlug()).isEqualTo("staff-not-found");
		problem(this.api.put(elsewhere, admin(), aStaffChange("Mallory", "MANAGER", true)), 404);
		problem(this.api.delete(elsewhere, admin()), 404);
		assertThat(map(this.api.get(this.staff + "/" + chef.get("id"), admin()))).containsEntry("active", true);
	}

	@Test
	void staffOfAnUnknownStoreIsNotFound() {
		String unknown = STORES + "/" + UUID.randomUUID() + "/staff";
		assertThat(problem(this.api.get(unknown, admin()), 404).typeSlug()).isEqualTo("store-not-found");
		assertThat(problem(this.api.post(unknown, admin(), aStaffMember(UUID.randomUUID(), "CHEF").build()), 404)
			.typeSlug()).isEqualTo("store-not-found");
	}

	private List<Map<String, Object>> list(String token) {
		return this.api.get(this.staff, token)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
