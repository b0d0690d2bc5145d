package com.jainshikanji.store;

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
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountStatusChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staff list says whose account an administrator deactivated (customer-service's
 * AccountStatusChanged): the member can no longer sign in, whatever the record says, and
 * the manager sees it. Announcements arriving twice or late change nothing; the record
 * itself stays as the manager left it.
 */
@StoreServiceTest
class AccountStatusTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(30);

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	UUID storeId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
	}

	@Test
	void aMemberWhoseAccountIsDeactivatedIsListedSoUntilItIsReactivatedAndLateAnnouncementsChangeNothing()
			throws Exception {
		UUID chef = UUID.randomUUID();
		UUID cashier = UUID.randomUUID();
		UUID chefRecord = Api.id(this.api.addStaff(this.storeId, chef, "CHEF"));
		this.api.addStaff(this.storeId, cashier, "CASHIER");
		Instant deactivated = Instant.now();

		announce(chef, false, deactivated);
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(accountActive()).containsEntry(chef, false));
		assertThat(accountActive()).containsEntry(cashier, true);
		Map<String, Object> record = Api
			.map(this.api.get(Api.STORES + "/" + this.storeId + "/staff/" + chefRecord, Api.admin())
				.expectStatus()
				.isOk());
		assertThat(record).containsEntry("accountActive", false).containsEntry("active", true);

		// Reactivated; then the deactivation again, redelivered, and an older one
		// arriving
		// late: the latest announcement stands.
		announce(chef, true, deactivated.plusSeconds(60));
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(accountActive()).containsEntry(chef, true));
		announce(chef, false, deactivated);
		announce(chef, false, deactivated.minusSeconds(60));
		UUID marker = UUID.randomUUID();
		this.api.addStaff(this.storeId, marker, "SUPPORT");
		// Keyed as the chef's announcements, so on their partition and after them.
		announce(marker, false, Instant.now(), chef);
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(accountActive()).containsEntry(marker, false));
		assertThat(accountActive()).as("after the late announcements, consumed before the marker's")
			.containsEntry(chef, true);
	}

	private void announce(UUID userId, boolean active, Instant changedAt) throws Exception {
		announce(userId, active, changedAt, userId);
	}

	private void announce(UUID userId, boolean active, Instant changedAt, UUID key) throws Exception {
		AccountStatusChanged changed = new AccountStatusChanged(userId, userId + "@example.com", "Ravi", active,
				changedAt);
		this.kafka.send(Topics.CUSTOMER, key.toString(), this.json.write(this.json.envelope(changed, changedAt, null)))
			.get();
	}

	/** The store's staff list: whose account is active, by user. */
	private Map<UUID, Boolean> accountActive() {
		List<Map<String, Object>> staff = this.api.get(Api.STORES + "/" + this.storeId + "/staff", Api.admin())
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		return staff.stream()
			.collect(java.util.stream.Collectors.toMap((member) -> UUID.fromString((String) member.get("userId")),
					(member) -> (Boolean) member.get("accountActive")));
	}

}
