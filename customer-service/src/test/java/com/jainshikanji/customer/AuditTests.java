package com.jainshikanji.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change an administrator makes to someone else's data, and every staff access
 * change from the store service, is in the audit log; a customer's own changes are not.
 */
@CustomerServiceTest
class AuditTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	Tokens admin;

	String adminId;

	Tokens customer;

	String customerId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.admin = this.api.loginAsAdmin();
		this.adminId = this.api.idOf(this.admin);
		this.customer = this.api.registerCustomer();
		this.customerId = this.api.idOf(this.customer);
	}

	@Test
	void anAdministratorChangingSomeonesProfileIsRecordedWithWhatChanged() {
		this.api
			.put("/api/v1/customers/" + this.customerId, this.admin.accessToken(),
					TestRequests.profile().firstName("Asha Devi").lastName("Jain"))
			.expectStatus()
			.isOk();

		Map<String, Object> entry = onlyEntry("customer.profile-changed");
		assertThat(entry.get("actorId")).isEqualTo(this.adminId);
		assertThat(entry.get("actorRoles")).asList().containsExactly("ADMIN");
		assertThat(entry.get("targetType")).isEqualTo("customer");
		assertThat(entry.get("targetId")).isEqualTo(this.customerId);
		assertThat(details(entry))
			.isEqualTo(Map.of("changes", Map.of("firstName", Map.of("from", "Asha", "to", "Asha Devi"))));
	}

	/**
	 * An administrator's entry of a phone number is read as the customer's own would be:
	 * the number is kept, and recorded, in E.164.
	 */
	@Test
	void anAdministratorSettingSomeonesPhoneKeepsAndRecordsItInE164() {
		String national = Api.uniqueIndianNumber();
		Map<?, ?> profile = this.api
			.put("/api/v1/customers/" + this.customerId, this.admin.accessToken(),
					TestRequests.profile().phone("0" + national.substring(0, 5) + " " + national.substring(5)))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(profile.get("phone")).isEqualTo("+91" + national);
		@SuppressWarnings("unchecked")
		Map<String, Object> changes = (Map<String, Object>) details(onlyEntry("customer.profile-changed"))
			.get("changes");
		assertThat((Map<String, Object>) changes.get("phone")).containsEntry("from", null)
			.containsEntry("to", "+91" + national);
	}

	@Test
	void aCustomerChangingTheirOwnDataIsNotAnAuditedAction() {
		String token = this.customer.accessToken();
		this.api.put("/api/v1/customers/me", token, TestRequests.profile().firstName("Asha Ben")).expectStatus().isOk();
		this.api.post("/api/v1/customers/me/addresses", token, TestRequests.address()).expectStatus().isCreated();
		this.api.put("/api/v1/customers/me/preferences", token, TestRequests.preferences().spiceLevel("HOT"))
			.expectStatus()
			.isOk();
		UUID product = UUID.randomUUID();
		Catalog.lists(product);
		this.api.put("/api/v1/customers/me/favorites/" + product, token).expectStatus().isNoContent();

		assertThat(entries(Map.of("targetId", this.customerId))).isEmpty();
	}

	@Test
	void anAdministratorsAddressChangesAreRecorded() {
		String addresses = "/api/v1/customers/" + this.customerId + "/addresses";
		String addressId = (String) this.api
			.post(addresses, this.admin.accessToken(), TestRequests.address().label("Home"))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		this.api
			.put(addresses + "/" + addressId, this.admin.accessToken(),
					TestRequests.address().label("Home").line1("14 Ratanpole").makeDefault(true))
			.expectStatus()
			.isOk();
		this.api.delete(addresses + "/" + addressId, this.admin.accessToken()).expectStatus().isNoContent();

		Map<String, Object> added = onlyEntry("customer.address-added");
		assertThat(added.get("actorId")).isEqualTo(this.adminId);
		assertThat(details(added)).containsEntry("addressId", addressId).containsEntry("default", true);
		assertThat((Map<String, Object>) details(added).get("address")).containsEntry("label", "Home")
			.containsEntry("city", "Ahmedabad");
		Map<String, Object> changed = onlyEntry("customer.address-changed");
		assertThat(details(changed)).containsEntry("addressId", addressId)
			.containsEntry("changes", Map.of("line1", Map.of("from", "12 Relief Road", "to", "14 Ratanpole")))
			.containsEntry("madeDefault", false);
		Map<String, Object> removed = onlyEntry("customer.address-removed");
		assertThat(removed.get("actorId")).isEqualTo(this.adminId);
		assertThat(details(removed)).containsEntry("addressId", addressId);
	}

	@Test
	void anAdministratorsPreferenceAndFavoriteChangesAreRecorded() {
		String customer = "/api/v1/customers/" + this.customerId;
		UUID product = UUID.randomUUID();
		Catalog.lists(product);
		this.api.put(customer + "/preferences", this.admin.accessToken(), TestRequests.preferences().spiceLevel("HOT"))
			.expectStatus()
			.isOk();
		this.api.put(customer + "/favorites/" + product, this.admin.accessToken()).expectStatus().isNoContent();
		// Idempotent: adding it again changes nothing, so records nothing.
		this.api.put(customer + "/favorites/" + product, this.admin.accessToken()).expectStatus().isNoContent();
		this.api.delete(customer + "/favorites/" + product, this.admin.accessToken()).expectStatus().isNoContent();

		Map<String, Object> preferences = onlyEntry("customer.preferences-changed");
		assertThat(preferences.get("actorId")).isEqualTo(this.adminId);
		assertThat(details(preferences))
			.isEqualTo(Map.of("changes", Map.of("spiceLevel", Map.of("from", "MILD", "to", "HOT"))));
		assertThat(details(onlyEntry("customer.favorite-added"))).isEqualTo(Map.of("productId", product.toString()));
		assertThat(details(onlyEntry("customer.favorite-removed"))).isEqualTo(Map.of("productId", product.toString()));
	}

	@Test
	void staffAccessChangesFromTheStoreServiceAreRecordedWithoutAnActor() throws Exception {
		UUID store = UUID.randomUUID();
		UUID staffId = UUID.randomUUID();
		publish(new StaffAssigned(staffId, UUID.fromString(this.customerId), store, "MANAGER", 1));
		publish(new StaffUnassigned(staffId, UUID.fromString(this.customerId), store, 2));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(entries(Map.of("targetId", this.customerId))).hasSize(2));
		Map<String, Object> assigned = onlyEntry("customer.store-assigned");
		assertThat(assigned.get("actorId")).isNull();
		assertThat(assigned.get("storeId")).isEqualTo(store.toString());
		assertThat(details(assigned)).isEqualTo(
				Map.of("staffId", staffId.toString(), "revision", 1, "jobRole", "MANAGER", "staffRole", "granted"));
		Map<String, Object> unassigned = onlyEntry("customer.store-unassigned");
		assertThat(unassigned.get("storeId")).isEqualTo(store.toString());
		assertThat(details(unassigned))
			.isEqualTo(Map.of("staffId", staffId.toString(), "revision", 2, "staffRole", "revoked"));
	}

	@Test
	void theBootstrapAdministratorsCreationIsRecorded() {
		List<Map<String, Object>> entries = entries(Map.of("action", "customer.provisioned", "targetId", this.adminId));

		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.get("actorId")).isNull();
			assertThat(details(entry)).isEqualTo(Map.of("email", Api.ADMIN_EMAIL, "roles", List.of("ADMIN")));
		});
	}

	@Test
	void onlyAdministratorsReadTheAuditLog() {
		Problem problem = problem(this.api.get("/api/v1/admin/audit", this.customer.accessToken()), 403);

		assertThat(problem.typeSlug()).isEqualTo("access-denied");
		this.api.get("/api/v1/admin/audit", null).expectStatus().isUnauthorized();
	}

	private Map<String, Object> onlyEntry(String action) {
		List<Map<String, Object>> entries = entries(Map.of("action", action, "targetId", this.customerId));
		assertThat(entries).as(action).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entries(Map<String, String> filters) {
		StringBuilder uri = new StringBuilder("/api/v1/admin/audit?size=200");
		filters.forEach((name, value) -> uri.append('&').append(name).append('=').append(value));
		Map<String, Object> page = this.api.get(uri.toString(), this.admin.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) page.get("items");
	}

	private void publish(IntegrationEvent event) throws Exception {
		var envelope = this.json.envelope(event, Instant.now(), null);
		this.kafka.send(Topics.STORE, envelope.aggregateId(), this.json.write(envelope)).get();
	}

}
