package com.jainshikanji.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who sees which figures: admins every store; a store's manager (MANAGER on the store
 * service's roster and the store in the token) that store only; a chef of the store, a
 * manager whose job ended, customers and anonymous callers nothing. Every figures
 * endpoint and report answers alike; the rebuild and the audit log are for admins.
 */
@AnalyticsServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final List<String> FIGURES = List.of("/api/v1/analytics/dashboard", "/api/v1/analytics/sales",
			"/api/v1/analytics/products", "/api/v1/analytics/customers", "/api/v1/analytics/funnel",
			"/api/v1/analytics/reports/daily-sales", "/api/v1/analytics/reports/product-sales");

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	final UUID store = StoreService.stub.store("Matrix Store", "Asia/Kolkata");

	final UUID otherStore = StoreService.stub.store("Matrix Other Store", "Asia/Kolkata");

	final UUID manager = UUID.randomUUID();

	final UUID chef = UUID.randomUUID();

	final UUID formerManager = UUID.randomUUID();

	Api api;

	@BeforeAll
	void staffTheStores() {
		this.api = new Api(this.client);
		Events events = new Events(this.kafka, this.json);
		// One user's events are keyed by the user, so they arrive in order: once the last
		// of a user's events shows, the earlier ones were applied.
		events.publish(new StaffAssigned(UUID.randomUUID(), this.manager, this.store, "MANAGER", 1));
		events.publish(new StaffAssigned(UUID.randomUUID(), this.chef, this.store, "CHEF", 1));
		events.publish(new StaffAssigned(UUID.randomUUID(), this.chef, this.otherStore, "MANAGER", 1));
		UUID formerStaffId = UUID.randomUUID();
		events.publish(new StaffAssigned(formerStaffId, this.formerManager, this.store, "MANAGER", 1));
		awaitStatus(managerToken(), this.store, 200);
		awaitStatus(TestTokens.staff(this.chef, this.store, this.otherStore), this.otherStore, 200);
		awaitStatus(TestTokens.staff(this.formerManager, this.store), this.store, 200);
		events.publish(new StaffUnassigned(formerStaffId, this.formerManager, this.store, 2));
		awaitStatus(TestTokens.staff(this.formerManager, this.store), this.store, 403);
	}

	private void awaitStatus(String token, UUID storeId, int status) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.api.get(FIGURES.getFirst() + "?storeId=" + storeId, token)
				.expectStatus()
				.isEqualTo(status));
	}

	@Test
	void adminsSeeAnyStoreAndEveryStore() {
		for (String path : FIGURES) {
			this.api.get(path + "?storeId=" + this.store, TestTokens.admin()).expectStatus().isOk();
			this.api.get(path + "?storeId=" + this.otherStore, TestTokens.admin()).expectStatus().isOk();
			this.api.get(path, TestTokens.admin()).expectStatus().isOk();
		}
		this.api.get("/api/v1/analytics/stores", TestTokens.admin()).expectStatus().isOk();
	}

	@Test
	void aManagerSeesTheirStoreAndNoOther() {
		for (String path : FIGURES) {
			this.api.get(path + "?storeId=" + this.store, managerToken()).expectStatus().isOk();
			this.api.get(path, managerToken()).expectStatus().isOk();
			assertThat(Problems.problem(this.api.get(path + "?storeId=" + this.otherStore, managerToken()), 403)
				.typeSlug()).as(path).isEqualTo("store-not-managed");
		}
		Map<String, Object> sales = this.api.ok("/api/v1/analytics/sales", managerToken());
		assertThat(Api.object(sales.get("scope")).get("storeIds")).isEqualTo(List.of(this.store.toString()));
		assertThat(Api.list(this.api.get("/api/v1/analytics/stores", managerToken())))
			.extracting((s) -> s.get("storeId"))
			.containsExactly(this.store.toString());
	}

	@Test
	void aManagerWhoseTokenNoLongerNamesTheStoreSeesNothing() {
		String token = TestTokens.staff(this.manager, this.otherStore);
		for (String path : FIGURES) {
			this.api.get(path + "?storeId=" + this.store, token).expectStatus().isForbidden();
			this.api.get(path, token).expectStatus().isForbidden();
		}
	}

	@Test
	void otherStaffOfTheStoreAndFormerManagersSeeNothing() {
		for (String token : List.of(TestTokens.staff(this.chef, this.store, this.otherStore),
				TestTokens.staff(this.formerManager, this.store))) {
			for (String path : FIGURES) {
				this.api.get(path + "?storeId=" + this.store, token).expectStatus().isForbidden();
			}
		}
		this.api.get(FIGURES.getFirst(), TestTokens.staff(this.formerManager, this.store)).expectStatus().isForbidden();
		// The chef manages the other store: all they see is that one.
		Map<String, Object> sales = this.api.ok("/api/v1/analytics/sales",
				TestTokens.staff(this.chef, this.store, this.otherStore));
		assertThat(Api.object(sales.get("scope")).get("storeIds")).isEqualTo(List.of(this.otherStore.toString()));
	}

	@Test
	void customersAreForbiddenAndAnonymousCallersUnauthorized() {
		for (String path : FIGURES) {
			this.api.get(path + "?storeId=" + this.store, TestTokens.customer()).expectStatus().isForbidden();
			this.api.get(path + "?storeId=" + this.store, null).expectStatus().isUnauthorized();
		}
		this.api.get("/api/v1/analytics/stores", TestTokens.customer()).expectStatus().isForbidden();
		this.api.get("/api/v1/analytics/stores", null).expectStatus().isUnauthorized();
	}

	@Test
	void onlyAdminsRebuildAndReadTheAuditLog() {
		for (String token : List.of(managerToken(), TestTokens.customer())) {
			this.api.post("/api/v1/admin/rebuild", token, null).expectStatus().isForbidden();
			this.api.get("/api/v1/admin/rebuild", token).expectStatus().isForbidden();
			this.api.get("/api/v1/admin/audit", token).expectStatus().isForbidden();
		}
		this.api.post("/api/v1/admin/rebuild", null, null).expectStatus().isUnauthorized();
		this.api.get("/api/v1/admin/audit", null).expectStatus().isUnauthorized();
		this.api.get("/api/v1/admin/rebuild", TestTokens.admin()).expectStatus().isOk();
		this.api.get("/api/v1/admin/audit", TestTokens.admin()).expectStatus().isOk();
	}

	private String managerToken() {
		return TestTokens.staff(this.manager, this.store);
	}

}
