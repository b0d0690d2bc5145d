package com.jainshikanji.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;

import static com.jainshikanji.customer.TestAccessTokens.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * The store service's staff events decide what the user's tokens say about stores: where
 * they work ({@code store_ids}) and their job there ({@code store_jobs}).
 */
@CustomerServiceTest
class StaffAccessTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	String email;

	UUID userId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.email = Api.uniqueEmail();
		String token = this.api.register(this.email, Api.PASSWORD).accessToken();
		this.userId = UUID.fromString((String) this.api.get("/api/v1/customers/me", token)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));
	}

	@Test
	void assignedStaffGetTheStaffRoleAndTheirStoresInTheNextToken() throws Exception {
		UUID manekChowk = UUID.randomUUID();
		UUID cgRoad = UUID.randomUUID();
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, manekChowk, "MANAGER", 1));
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, cgRoad, "CASHIER", 1));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Map<String, Object> claims = claims(this.api.login(this.email, Api.PASSWORD).accessToken());
			assertThat((List<Object>) claims.get("roles")).containsExactlyInAnyOrder("CUSTOMER", "STAFF");
			assertThat((List<Object>) claims.get("store_ids")).containsExactlyInAnyOrder(manekChowk.toString(),
					cgRoad.toString());
			assertThat(storeJobs(claims)).containsOnly(entry(manekChowk.toString(), "MANAGER"),
					entry(cgRoad.toString(), "CASHIER"));
			// By store id, so the same memberships always make the same claim.
			assertThat(List.copyOf(storeJobs(claims).keySet())).isSorted();
		});

		publish(new StaffUnassigned(UUID.randomUUID(), this.userId, cgRoad, 2));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					(List<Object>) claims(this.api.login(this.email, Api.PASSWORD).accessToken()).get("store_ids"))
				.containsExactly(manekChowk.toString()));

		publish(new StaffUnassigned(UUID.randomUUID(), this.userId, manekChowk, 2));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Map<String, Object> claims = claims(this.api.login(this.email, Api.PASSWORD).accessToken());
			assertThat((List<Object>) claims.get("roles")).containsExactly("CUSTOMER");
			assertThat((List<Object>) claims.get("store_ids")).isEmpty();
		});
	}

	@Test
	void aRedeliveredAssignmentIsAppliedOnceAndAnUnknownUserIsIgnored() throws Exception {
		UUID store = UUID.randomUUID();
		EventEnvelope assignment = this.json
			.envelope(new StaffAssigned(UUID.randomUUID(), this.userId, store, "CHEF", 1), Instant.now(), null);
		publish(assignment);
		publish(new StaffAssigned(UUID.randomUUID(), UUID.randomUUID(), store, "CHEF", 1));
		publish(new StaffUnassigned(UUID.randomUUID(), this.userId, store, 2));
		// The same assignment again, after the removal: a redelivery, not a new
		// assignment.
		publish(assignment);
		UUID marker = UUID.randomUUID();
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, marker, "CHEF", 1));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					(List<Object>) claims(this.api.login(this.email, Api.PASSWORD).accessToken()).get("store_ids"))
				.containsExactly(marker.toString()));
	}

	@Test
	void aRetriedOlderAssignmentCannotReGrantAStoreAfterTheRemoval() throws Exception {
		UUID store = UUID.randomUUID();
		UUID staffId = UUID.randomUUID();
		publish(new StaffAssigned(staffId, this.userId, store, "CHEF", 1));
		publish(new StaffUnassigned(staffId, this.userId, store, 2));
		// The first assignment again, as a retry delivers it: same revision, new event
		// id.
		publish(new StaffAssigned(staffId, this.userId, store, "CHEF", 1));

		Map<String, Object> claims = claimsOnceApplied(UUID.randomUUID());
		assertThat((List<Object>) claims.get("store_ids")).doesNotContain(store.toString());
	}

	@Test
	void aRemovalArrivingBeforeTheAssignmentItRevokesStillWins() throws Exception {
		UUID store = UUID.randomUUID();
		UUID staffId = UUID.randomUUID();
		publish(new StaffUnassigned(staffId, this.userId, store, 2));
		publish(new StaffAssigned(staffId, this.userId, store, "CASHIER", 1));

		Map<String, Object> claims = claimsOnceApplied(UUID.randomUUID());
		assertThat((List<Object>) claims.get("store_ids")).doesNotContain(store.toString());

		// A later assignment (a new revision) grants the store again.
		publish(new StaffAssigned(staffId, this.userId, store, "CASHIER", 3));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					(List<Object>) claims(this.api.login(this.email, Api.PASSWORD).accessToken()).get("store_ids"))
				.contains(store.toString()));
	}

	@Test
	void onlyActiveMembershipsMakeSomeoneStaff() throws Exception {
		UUID store = UUID.randomUUID();
		UUID staffId = UUID.randomUUID();
		publish(new StaffAssigned(staffId, this.userId, store, "MANAGER", 1));
		publish(new StaffUnassigned(staffId, this.userId, store, 2));
		publish(new StaffAssigned(staffId, this.userId, store, "MANAGER", 1));
		UUID other = UUID.randomUUID();
		publish(new StaffUnassigned(UUID.randomUUID(), this.userId, other, 1));
		UUID marker = UUID.randomUUID();
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, marker, "CHEF", 1));
		publish(new StaffUnassigned(UUID.randomUUID(), this.userId, marker, 2));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Map<String, Object> claims = claims(this.api.login(this.email, Api.PASSWORD).accessToken());
			assertThat((List<Object>) claims.get("store_ids")).isEmpty();
			assertThat((List<Object>) claims.get("roles")).containsExactly("CUSTOMER");
		});
	}

	@Test
	void theTokenNamesTheJobAtTheStoreAndOnlyANewerAssignmentChangesIt() throws Exception {
		UUID store = UUID.randomUUID();
		UUID staffId = UUID.randomUUID();
		publish(new StaffAssigned(staffId, this.userId, store, "CHEF", 1));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(storeJobs(claims(this.api.login(this.email, Api.PASSWORD).accessToken())))
				.containsOnly(entry(store.toString(), "CHEF")));

		// A job change comes as a new assignment of the membership, with a newer
		// revision.
		publish(new StaffAssigned(staffId, this.userId, store, "MANAGER", 2));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(storeJobs(claims(this.api.login(this.email, Api.PASSWORD).accessToken())))
				.containsOnly(entry(store.toString(), "MANAGER")));

		// A retried older assignment names the old job: it changes nothing.
		publish(new StaffAssigned(staffId, this.userId, store, "CASHIER", 1));
		assertThat(storeJobs(claimsOnceApplied(UUID.randomUUID()))).containsEntry(store.toString(), "MANAGER");

		publish(new StaffUnassigned(staffId, this.userId, store, 3));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Map<String, Object> claims = claims(this.api.login(this.email, Api.PASSWORD).accessToken());
			assertThat((List<Object>) claims.get("store_ids")).doesNotContain(store.toString());
			assertThat(storeJobs(claims)).doesNotContainKey(store.toString());
		});
	}

	@Test
	void aJobThisServiceDoesNotKnowGivesTheStoreButNoJobThere() throws Exception {
		UUID newJob = UUID.randomUUID();
		UUID lowerCase = UUID.randomUUID();
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, newJob, "SOMMELIER", 1));
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, lowerCase, "manager", 1));

		// Later events of the user still go through.
		UUID marker = UUID.randomUUID();
		Map<String, Object> claims = claimsOnceApplied(marker);
		assertThat((List<Object>) claims.get("store_ids")).contains(newJob.toString(), lowerCase.toString());
		assertThat(storeJobs(claims)).containsOnly(entry(marker.toString(), "CHEF"));
	}

	@Test
	void aCustomersTokenNamesNoJobs() {
		Map<String, Object> claims = claims(this.api.login(this.email, Api.PASSWORD).accessToken());

		assertThat((List<Object>) claims.get("roles")).containsExactly("CUSTOMER");
		assertThat(storeJobs(claims)).isEmpty();
	}

	/**
	 * Publishes an assignment to a marker store after what the test published, and waits
	 * until it shows: the events before it (same key, same partition) have been applied.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> claimsOnceApplied(UUID marker) throws Exception {
		publish(new StaffAssigned(UUID.randomUUID(), this.userId, marker, "CHEF", 1));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					(List<Object>) claims(this.api.login(this.email, Api.PASSWORD).accessToken()).get("store_ids"))
				.contains(marker.toString()));
		return claims(this.api.login(this.email, Api.PASSWORD).accessToken());
	}

	private void publish(Object event) throws Exception {
		publish(this.json.envelope((com.jainshikanji.common.events.IntegrationEvent) event, Instant.now(), null));
	}

	private void publish(EventEnvelope envelope) throws Exception {
		this.kafka.send(Topics.STORE, envelope.aggregateId(), this.json.write(envelope)).get();
	}

	/** The token's {@code store_jobs}, empty if it has none. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> storeJobs(Map<String, Object> claims) {
		return (Map<String, Object>) claims.getOrDefault("store_jobs", Map.of());
	}

}
