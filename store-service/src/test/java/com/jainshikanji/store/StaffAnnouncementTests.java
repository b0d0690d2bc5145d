package com.jainshikanji.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Api.object;
import static com.jainshikanji.store.Requests.aStaffChange;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin has the roster published again, so customer-service can be brought back in
 * step with it: every staff record as it stands, at its next revision, StaffAssigned with
 * the job while active and StaffUnassigned otherwise.
 */
@StoreServiceTest
class StaffAnnouncementTests {

	private static final String ANNOUNCEMENTS = "/api/v1/admin/staff/announcements";

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	Api api;

	StaffTopic topic;

	UUID storeId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.topic = new StaffTopic(this.json);
		this.storeId = this.api.createStore();
	}

	@Test
	void everyRecordOfTheStoreIsPublishedAsItStandsAtItsNextRevision() {
		Staff chef = hire("CHEF");
		Staff cashier = hire("DELIVERY");
		change(cashier, "CASHIER", true);
		Staff leaver = hire("SUPPORT");
		change(leaver, "SUPPORT", false);

		Map<String, Object> announced = map(announce("?storeId=" + this.storeId, admin()).expectStatus().isOk());

		assertThat(announced)
			.containsExactlyInAnyOrderEntriesOf(Map.of("announced", 3, "assigned", 2, "unassigned", 1));
		assertThat(this.topic.membershipEventsOf(chef.userId(), 2)).last()
			.isEqualTo(new StaffAssigned(chef.id(), chef.userId(), this.storeId, "CHEF", 2));
		assertThat(this.topic.membershipEventsOf(cashier.userId(), 3)).last()
			.isEqualTo(new StaffAssigned(cashier.id(), cashier.userId(), this.storeId, "CASHIER", 3));
		assertThat(this.topic.membershipEventsOf(leaver.userId(), 3)).last()
			.isEqualTo(new StaffUnassigned(leaver.id(), leaver.userId(), this.storeId, 3));
	}

	@Test
	void aStoreLimitsTheAnnouncementToItsStaffAndWithoutOneEveryStoresStaffIsAnnounced() {
		Staff here = hire("CHEF");
		UUID otherStore = this.api.createStore();
		Staff there = hire(otherStore, "CASHIER");

		announce("?storeId=" + this.storeId, admin()).expectStatus().isOk();

		assertThat(this.topic.membershipEventsOf(here.userId(), 2)).last()
			.isEqualTo(new StaffAssigned(here.id(), here.userId(), this.storeId, "CHEF", 2));
		assertThat(storedEventsOf(there.userId())).as("events stored for the other store's staff").isEqualTo(1);

		long records = this.jdbc.sql("SELECT count(*) FROM staff").query(Long.class).single();
		long active = this.jdbc.sql("SELECT count(*) FROM staff WHERE is_active").query(Long.class).single();
		Map<String, Object> everyone = map(announce("", admin()).expectStatus().isOk());

		assertThat(everyone).containsEntry("announced", (int) records)
			.containsEntry("assigned", (int) active)
			.containsEntry("unassigned", (int) (records - active));
		assertThat(this.topic.membershipEventsOf(here.userId(), 3)).last()
			.isEqualTo(new StaffAssigned(here.id(), here.userId(), this.storeId, "CHEF", 3));
		assertThat(this.topic.membershipEventsOf(there.userId(), 2)).last()
			.isEqualTo(new StaffAssigned(there.id(), there.userId(), otherStore, "CASHIER", 2));
	}

	@Test
	void onlyAdminsAnnounceTheRosterAndARefusalPublishesNothing() {
		Staff chef = hire("CHEF");
		UUID managerId = UUID.randomUUID();
		this.api.addStaff(this.storeId, managerId, "MANAGER");
		String query = "?storeId=" + this.storeId;

		assertThat(problem(announce(query, null), 401).typeSlug()).isEqualTo("authentication-required");
		for (String token : List.of(TestTokens.staff(managerId, this.storeId),
				TestTokens.staffAs("CHEF", chef.userId(), this.storeId), TestTokens.customer())) {
			assertThat(problem(announce(query, token), 403).typeSlug()).isEqualTo("access-denied");
		}
		assertThat(storedEventsOf(chef.userId())).isEqualTo(1);

		announce(query, admin()).expectStatus().isOk();
		// The refused calls took no revision.
		assertThat(this.topic.membershipEventsOf(chef.userId(), 2)).last()
			.isEqualTo(new StaffAssigned(chef.id(), chef.userId(), this.storeId, "CHEF", 2));
	}

	@Test
	void eachAnnouncementIsRecordedInTheAuditLogWithWhoAskedAndWhatWasPublished() {
		hire("CHEF");
		change(hire("DELIVERY"), "DELIVERY", false);
		UUID adminId = UUID.randomUUID();

		announce("?storeId=" + this.storeId, TestTokens.token(adminId, List.of("ADMIN"), List.of())).expectStatus()
			.isOk();

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> entries = (List<Map<String, Object>>) map(
				this.api.get("/api/v1/admin/audit?action=staff.announced&storeId=" + this.storeId, admin())
					.expectStatus()
					.isOk())
			.get("items");
		assertThat(entries).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actorId", adminId.toString())
				.containsEntry("targetType", "staff-announcement")
				.containsEntry("storeId", this.storeId.toString()));
		assertThat(object(entries.getFirst().get("details"))).containsEntry("announced", 2)
			.containsEntry("assigned", 1)
			.containsEntry("unassigned", 1)
			.containsEntry("batch", 1);
	}

	@Test
	void anUnknownStoreIsNotFoundAndAMalformedOneNamed() {
		assertThat(problem(announce("?storeId=" + UUID.randomUUID(), admin()), 404).typeSlug())
			.isEqualTo("store-not-found");
		assertThat(problem(announce("?storeId=manek-chowk", admin()), 400).fields()).containsExactly("storeId");
	}

	/**
	 * A change committed while the announcement is saving the record: the announcement
	 * waits for the change's lock, finds the record changed, and announces it again as
	 * the change left it, which it keeps.
	 */
	@Test
	void aStaffChangeRacingTheAnnouncementWins() throws Exception {
		Staff chef = hire("CHEF");
		CompletableFuture<Map<String, Object>> announcement;
		try (Connection change = this.dataSource.getConnection()) {
			change.setAutoCommit(false);
			// Another instance changing the job: it publishes its own event, not
			// part of this test.
			try (PreparedStatement update = change.prepareStatement("""
					UPDATE staff SET role = 'CASHIER', phone = '+91 98250 11111',
					    membership_revision = membership_revision + 1, version = version + 1
					WHERE id = ?
					""")) {
				update.setObject(1, chef.id());
				assertThat(update.executeUpdate()).isOne();
			}
			announcement = CompletableFuture
				.supplyAsync(() -> map(announce("?storeId=" + this.storeId, admin()).expectStatus().isOk()));
			await().atMost(Duration.ofSeconds(30)).until(this::anAnnouncementWaitsForTheChange);
			change.commit();
		}

		assertThat(announcement.get(60, TimeUnit.SECONDS))
			.containsExactlyInAnyOrderEntriesOf(Map.of("announced", 1, "assigned", 1, "unassigned", 0));
		assertThat(this.topic.membershipEventsOf(chef.userId(), 2)).containsExactly(
				new StaffAssigned(chef.id(), chef.userId(), this.storeId, "CHEF", 1),
				new StaffAssigned(chef.id(), chef.userId(), this.storeId, "CASHIER", 3));
		Map<String, Object> record = map(
				this.api.get(STORES + "/" + this.storeId + "/staff/" + chef.id(), admin()).expectStatus().isOk());
		assertThat(record).containsEntry("role", "CASHIER").containsEntry("phone", "+91 98250 11111");
	}

	private boolean anAnnouncementWaitsForTheChange() {
		return this.jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE wait_event_type = 'Lock' AND query ILIKE 'update staff%'
				""").query(Long.class).single() > 0;
	}

	private RestTestClient.ResponseSpec announce(String query, String token) {
		return this.api.post(ANNOUNCEMENTS + query, token);
	}

	private Staff hire(String role) {
		return hire(this.storeId, role);
	}

	private Staff hire(UUID store, String role) {
		UUID userId = UUID.randomUUID();
		return new Staff(store, userId, Api.id(this.api.addStaff(store, userId, role)));
	}

	private void change(Staff staff, String role, boolean active) {
		this.api
			.put(STORES + "/" + staff.storeId() + "/staff/" + staff.id(), admin(),
					aStaffChange("Ravi Shah", role, active))
			.expectStatus()
			.isOk();
	}

	/** Events stored in the outbox for the user, whether Kafka has them yet or not. */
	private long storedEventsOf(UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM messaging.event_outbox WHERE message_key = :key")
			.param("key", userId.toString())
			.query(Long.class)
			.single();
	}

	private record Staff(UUID storeId, UUID userId, UUID id) {
	}

}
