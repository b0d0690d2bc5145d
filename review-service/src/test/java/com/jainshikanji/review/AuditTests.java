package com.jainshikanji.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff and admin action on a review is in the audit log with who did it, to which
 * review, at which store and what changed: approving, rejecting (with the reason),
 * responding (and editing the response). Customers' own writing is not a staff action and
 * is not audited; a refused action leaves no entry. Admins read the log, nobody else.
 */
@ReviewServiceTest
class AuditTests {

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	DeliveredOrder order;

	UUID review;

	@BeforeEach
	void setUp() {
		this.order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		this.review = Api.id(this.api.write(this.order.customer(), this.order.review(0).rating(2).body()));
	}

	@Test
	void aRejectionAndAnApprovalAreAuditedWithTheAdminTheStoreAndTheReason() {
		UUID adminId = UUID.randomUUID();
		String admin = TestTokens.token(adminId, List.of("ADMIN"), List.of());

		this.api.post("/api/v1/admin/reviews/" + this.review + "/reject", admin, Map.of("reason", "Off topic"))
			.expectStatus()
			.isOk();
		this.api.post("/api/v1/admin/reviews/" + this.review + "/approve", admin, null).expectStatus().isOk();

		Map<String, Object> rejected = entry("review.rejected");
		assertThat(rejected).containsEntry("actorId", adminId.toString())
			.containsEntry("targetType", "review")
			.containsEntry("storeId", this.order.storeId().toString());
		assertThat(details(rejected)).containsEntry("reason", "Off topic")
			.containsEntry("previousStatus", "APPROVED")
			.containsEntry("productId", this.order.product(0).toString())
			.containsEntry("rating", 2);
		Map<String, Object> approved = entry("review.approved");
		assertThat(approved).containsEntry("actorId", adminId.toString());
		assertThat(details(approved)).containsEntry("previousStatus", "REJECTED");
	}

	@Test
	void aResponseAndItsEditAreAuditedWithWhatWasSaidBefore() {
		UUID staffId = UUID.randomUUID();
		String staff = TestTokens.staff(staffId, this.order.storeId());

		this.api.put("/api/v1/reviews/" + this.review + "/response", staff, Map.of("text", "Sorry about that"))
			.expectStatus()
			.isOk();
		this.api.put("/api/v1/reviews/" + this.review + "/response", staff, Map.of("text", "Sorry! Come back soon"))
			.expectStatus()
			.isOk();

		List<Map<String, Object>> responses = entries("action=review.responded&targetId=" + this.review);
		assertThat(responses).hasSize(2).allSatisfy((entry) -> {
			assertThat(entry).containsEntry("actorId", staffId.toString())
				.containsEntry("storeId", this.order.storeId().toString());
		});
		assertThat(responses).extracting(AuditTests::details)
			.anySatisfy((details) -> assertThat(details).containsEntry("response", "Sorry about that")
				.doesNotContainKey("previousResponse"))
			.anySatisfy((details) -> assertThat(details).containsEntry("response", "Sorry! Come back soon")
				.containsEntry("previousResponse", "Sorry about that"));
	}

	@Test
	void customersWritingAndRefusedActionsLeaveNoEntry() {
		this.api.put("/api/v1/reviews/" + this.review, this.order.customer(), this.order.review(0).editBody())
			.expectStatus()
			.isOk();
		this.api
			.put("/api/v1/reviews/" + this.review + "/response", TestTokens.staffOf(UUID.randomUUID()),
					Map.of("text", "Not our order"))
			.expectStatus()
			.isForbidden();
		this.api.put("/api/v1/reviews/" + this.review + "/response",
				TestTokens.staffAs("DELIVERY", UUID.randomUUID(), this.order.storeId()), Map.of("text", "Not my job"))
			.expectStatus()
			.isForbidden();
		this.api.post("/api/v1/admin/reviews/" + this.review + "/approve", TestTokens.admin(), null)
			.expectStatus()
			.isEqualTo(409);

		assertThat(entries("targetId=" + this.review)).isEmpty();
	}

	@Test
	void onlyAdminsReadTheAuditLog() {
		this.api.get("/api/v1/admin/audit", null).expectStatus().isUnauthorized();
		for (String token : List.of(TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()))) {
			this.api.get("/api/v1/admin/audit", token).expectStatus().isForbidden();
		}
		Api.ok(this.api.get("/api/v1/admin/audit", TestTokens.admin()));
	}

	private Map<String, Object> entry(String action) {
		List<Map<String, Object>> entries = entries("action=" + action + "&targetId=" + this.review);
		assertThat(entries).as("%s of %s", action, this.review).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entries(String query) {
		return (List<Map<String, Object>>) Api.ok(this.api.get("/api/v1/admin/audit?" + query, TestTokens.admin()))
			.get("items");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

}
