package com.jainshikanji.store.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.store.StoreServiceTest;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster is announced in batches by id, each committed on its own with its audit
 * entry: every record exactly once, however the roster divides into batches.
 */
@StoreServiceTest
class StaffAnnouncementBatchesTests {

	@Autowired
	StaffAnnouncements announcements;

	@Autowired
	StaffRoster roster;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} active and {1} inactive records in batches of 2")
	@CsvSource({ "3, 2, 3", "2, 2, 2" })
	void everyRecordIsAnnouncedOnceInBatchesEachRecordedOnItsOwn(int active, int inactive, int batches) {
		UUID storeId = createStore();
		IntStream.range(0, active).forEach((i) -> hire(storeId));
		IntStream.range(0, inactive).forEach((i) -> this.roster.deactivate(storeId, hire(storeId)));
		Map<UUID, Long> before = revisions(storeId);

		RosterAnnouncement announced = this.announcements.announce(storeId, 2);

		assertThat(announced).isEqualTo(RosterAnnouncement.of(active, inactive));
		Map<UUID, Long> after = revisions(storeId);
		assertThat(after).hasSize(active + inactive)
			.allSatisfy((staffId, revision) -> assertThat(revision).isEqualTo(before.get(staffId) + 1));
		// No entry for an empty last batch: it published nothing.
		List<Map<String, Object>> entries = this.jdbc.sql("""
				SELECT target_id, CAST(details ->> 'batch' AS INT) AS batch,
				       CAST(details ->> 'announced' AS INT) AS announced
				FROM audit.audit_entry WHERE action = 'staff.announced' AND store_id = :storeId ORDER BY id
				""").param("storeId", storeId).query().listOfRows();
		assertThat(entries).extracting((entry) -> entry.get("batch"))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, batches).boxed().toList());
		assertThat(entries).extracting((entry) -> entry.get("announced"))
			.containsExactlyElementsOf(IntStream.range(0, batches)
				.mapToObj((batch) -> Math.min(2, active + inactive - 2 * batch))
				.toList());
		assertThat(entries).extracting((entry) -> entry.get("target_id"))
			.containsOnly(entries.getFirst().get("target_id"));
	}

	private UUID createStore() {
		String store = """
				{"slug": "store-%s", "name": "Jain Shikanji Test",
				 "contact": {"email": "store@example.com", "phone": "+91 79 2214 0001"},
				 "address": {"line1": "Manek Chowk", "city": "Ahmedabad", "state": "Gujarat", "postalCode": "380001"}}
				""".formatted(UUID.randomUUID().toString().substring(0, 8));
		Map<?, ?> created = this.client.post()
			.uri("/api/v1/stores")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(store)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	private UUID hire(UUID storeId) {
		return this.roster
			.assign(storeId, UUID.randomUUID(), StaffDetails.of("Ravi Shah", null, null, StaffRole.CHEF, null))
			.id();
	}

	private Map<UUID, Long> revisions(UUID storeId) {
		return this.jdbc.sql("SELECT id, membership_revision FROM staff WHERE store_id = :storeId")
			.param("storeId", storeId)
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("membership_revision")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
