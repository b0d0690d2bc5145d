package com.jainshikanji.common;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.IllegalTransactionStateException;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who did what to whom is recorded with the change, attributed to the caller, free of
 * secrets, and readable by admins only.
 */
@CommonLibTest
@SuppressWarnings("unchecked")
class AuditLogTests {

	@Autowired
	RestTestClient client;

	@Autowired
	AuditLog auditLog;

	@org.springframework.beans.factory.annotation.Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeIsRecordedWithItsActorStoreAndDetailsButNoSecrets() {
		UUID admin = UUID.randomUUID();
		UUID store = UUID.randomUUID();
		String name = "kokum-" + UUID.randomUUID();
		this.client.post().uri("/samples/audited?storeId={store}&name={name}", store, name).headers((headers) -> {
			headers.setBearerAuth(TestTokens.token(admin, List.of("ADMIN"), List.of()));
			headers.set("X-Forwarded-For", "10.9.8.7");
		}).exchange().expectStatus().isOk();

		Map<String, Object> entry = single(
				read("/api/v1/admin/audit?targetType=sample&targetId=" + name, TestTokens.admin()));
		assertThat(entry).containsEntry("action", "sample.renamed")
			.containsEntry("targetId", name)
			.containsEntry("actorId", admin.toString())
			.containsEntry("actorRoles", List.of("ADMIN"))
			.containsEntry("storeId", store.toString());
		assertThat((Map<String, Object>) entry.get("details")).containsEntry("name", name)
			.containsEntry("password", "[redacted]")
			.containsEntry("provider", Map.of("apiKey", "[redacted]", "note", "kept"));
		assertThat(entry.get("occurredAt")).isNotNull();
		String stored = this.jdbc.sql("SELECT CAST(details AS TEXT) FROM audit.audit_entry WHERE target_id = :id")
			.param("id", name)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("hunter2", "k-123");
	}

	@Test
	void entriesAreFilteredByActorAndStore() {
		UUID admin = UUID.randomUUID();
		UUID store = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.client.post()
				.uri("/samples/audited?storeId={store}&name={name}", store, "filter-" + UUID.randomUUID())
				.headers((headers) -> headers.setBearerAuth(TestTokens.token(admin, List.of("ADMIN"), List.of())))
				.exchange()
				.expectStatus()
				.isOk();
		}
		Map<String, Object> page = read("/api/v1/admin/audit?actorId=" + admin + "&size=2", TestTokens.admin());
		assertThat((List<?>) page.get("items")).hasSize(2);
		assertThat(page.get("totalItems")).isEqualTo(3);
		assertThat(read("/api/v1/admin/audit?storeId=" + store, TestTokens.admin()).get("totalItems")).isEqualTo(3);
		assertThat(read("/api/v1/admin/audit?storeId=" + UUID.randomUUID(), TestTokens.admin()).get("totalItems"))
			.isEqualTo(0);
	}

	@Test
	void onlyAdminsReadTheLog() {
		this.client.get().uri("/api/v1/admin/audit").exchange().expectStatus().isUnauthorized();
		for (String token : List.of(TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()))) {
			this.client.get()
				.uri("/api/v1/admin/audit")
				.headers((headers) -> headers.setBearerAuth(token))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
	}

	@Test
	void badFiltersAreNamed() {
		assertThat(badRequestErrors("/api/v1/admin/audit?size=1000&actorId=someone"))
			.extracting((error) -> error.get("field"))
			.contains("actorId");
	}

	@Test
	void aWindowWithNothingInItIsRefusedNamingFrom() {
		assertThat(badRequestErrors("/api/v1/admin/audit?from=2000-01-01T10:00:00Z&to=2000-01-01T09:00:00Z"))
			.containsExactly(Map.of("field", "from", "message", "must be before to"));
		assertThat(read("/api/v1/admin/audit?from=2000-01-01T09:00:00Z&to=2000-01-01T10:00:00Z", TestTokens.admin()))
			.containsEntry("items", List.of());
	}

	@Test
	void timesBeyondWhatTheDatabaseHoldsBoundNothing() {
		// Year 999999999 parses as an instant but overflows a database timestamp.
		assertThat(read("/api/v1/admin/audit?to=%2B999999999-12-31T23:59:59Z", TestTokens.admin()).get("totalItems"))
			.isEqualTo(read("/api/v1/admin/audit", TestTokens.admin()).get("totalItems"));
		assertThat(read("/api/v1/admin/audit?from=%2B999999999-01-01T00:00:00Z", TestTokens.admin()).get("totalItems"))
			.isEqualTo(0);
	}

	@Test
	void anEntryCannotBeWrittenOutsideTheChangesTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.auditLog.record(AuditEvent.of("sample.renamed", "sample", "orphan")));
	}

	private Map<String, Object> read(String uri, String token) {
		return this.client.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + uri))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private List<Map<String, Object>> badRequestErrors(String uri) {
		Map<String, Object> problem = this.client.get()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) problem.get("errors");
	}

	private static Map<String, Object> single(Map<String, Object> page) {
		List<?> content = (List<?>) page.get("items");
		assertThat(content).hasSize(1);
		return (Map<String, Object>) content.getFirst();
	}

}
