package com.jainshikanji.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews are shown at once (the default) and admins take down what should not be public:
 * a rejected review disappears for everyone but its author (who sees why), the store's
 * staff and admins, and stops counting; approved again, it is back.
 */
@ReviewServiceTest
class ModerationTests {

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	String admin = TestTokens.admin();

	@Test
	@SuppressWarnings("unchecked")
	void aRejectedReviewIsHiddenFromThePublicAndNoLongerCounts() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(1).body()));

		Map<String, Object> rejected = Api.ok(this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin,
				Map.of("reason", "Mentions a staff member by name")));

		assertThat(rejected).containsEntry("status", "REJECTED");
		assertThat(Problems.problem(this.api.get("/api/v1/reviews/" + id, null), 404).typeSlug())
			.isEqualTo("review-not-found");
		assertThat(Problems.problem(this.api.get("/api/v1/reviews/" + id, TestTokens.customer()), 404).typeSlug())
			.isEqualTo("review-not-found");
		Map<String, Object> page = this.api.productPage(order.product(0), "");
		assertThat(Api.ids(page)).isEmpty();
		assertThat((Map<String, Object>) page.get("rating")).containsEntry("reviewCount", 0);
		Map<String, Object> seenByAuthor = Api.ok(this.api.get("/api/v1/reviews/" + id, order.customer()));
		assertThat((Map<String, Object>) seenByAuthor.get("details")).containsEntry("rejectionReason",
				"Mentions a staff member by name");
		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, order.staff()))).containsEntry("status", "REJECTED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRejectedReviewApprovedAgainIsBackAndCounts() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(4).body()));
		this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "Checking"))
			.expectStatus()
			.isOk();

		Map<String, Object> approved = Api
			.ok(this.api.post("/api/v1/admin/reviews/" + id + "/approve", this.admin, null));

		assertThat(approved).containsEntry("status", "APPROVED");
		assertThat((Map<String, Object>) approved.get("details")).containsEntry("rejectionReason", null);
		Map<String, Object> page = this.api.productPage(order.product(0), "");
		assertThat(Api.ids(page)).containsExactly(id);
		assertThat((Map<String, Object>) page.get("rating")).containsEntry("reviewCount", 1);
	}

	@Test
	void decidingWhatIsDecidedAlreadyIsAConflict() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).body()));

		Problem approveApproved = Problems
			.problem(this.api.post("/api/v1/admin/reviews/" + id + "/approve", this.admin, null), 409);
		this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "No"))
			.expectStatus()
			.isOk();
		Problem rejectRejected = Problems
			.problem(this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "No")), 409);

		assertThat(approveApproved.typeSlug()).isEqualTo("illegal-review-transition");
		assertThat(rejectRejected.typeSlug()).isEqualTo("illegal-review-transition");
		assertThat(this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "No"))
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()).containsEntry("currentStatus", "REJECTED");
	}

	@Test
	void aRejectionNeedsAReason() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).body()));

		assertThat(Problems
			.problem(this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", " ")), 400)
			.fields()).containsExactly("reason");
		assertThat(Problems
			.problem(this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin,
					Map.of("reason", "x".repeat(501))), 400)
			.fields()).containsExactly("reason");
		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, null))).containsEntry("status", "APPROVED");
	}

	@Test
	void theAuthorEditingARejectedReviewSendsItBackToTheQueue() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = rejected(order, "Rude words");

		Map<String, Object> edited = Api.ok(this.api.put("/api/v1/reviews/" + id, order.customer(),
				order.review(0).rating(2).text("Too sour for me").editBody()));

		assertThat(edited).containsEntry("status", "PENDING");
		assertThat(Api.ids(this.api.productPage(order.product(0), ""))).isEmpty();
		assertThat(queue("PENDING")).contains(id);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRejectedReviewDeletedAndWrittenAgainWaitsForAnAdmin() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID(), UUID.randomUUID()));
		UUID rejected = rejected(order, "Buy elsewhere");
		this.api.delete("/api/v1/reviews/" + rejected, order.customer()).expectStatus().isNoContent();

		Map<String, Object> again = this.api.write(order.customer(),
				order.review(0).rating(1).text("Buy elsewhere").body());
		Map<String, Object> neverRejected = this.api.write(order.customer(), order.review(1).rating(4).body());

		assertThat(again).containsEntry("status", "PENDING");
		assertThat(queue("PENDING")).contains(Api.id(again));
		Map<String, Object> page = this.api.productPage(order.product(0), "");
		assertThat(Api.ids(page)).isEmpty();
		assertThat((Map<String, Object>) page.get("rating")).containsEntry("reviewCount", 0);
		assertThat(neverRejected).containsEntry("status", "APPROVED");
		assertThat((Map<String, Object>) this.api.productPage(order.product(1), "").get("rating"))
			.containsEntry("reviewCount", 1);
	}

	@Test
	void aRejectedReviewEditedThenDeletedAndWrittenAgainStillWaits() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = rejected(order, "Rude words");
		this.api.put("/api/v1/reviews/" + id, order.customer(), order.review(0).rating(1).text("Still rude").editBody())
			.expectStatus()
			.isOk();
		this.api.delete("/api/v1/reviews/" + id, order.customer()).expectStatus().isNoContent();

		Map<String, Object> again = this.api.write(order.customer(),
				order.review(0).rating(1).text("Rude words").body());

		assertThat(again).containsEntry("status", "PENDING");
		assertThat(Api.ids(this.api.productPage(order.product(0), ""))).isEmpty();
	}

	@Test
	void theQueueListsReviewsByStatusOldestFirst() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID(), UUID.randomUUID()));
		UUID first = Api.id(this.api.write(order.customer(), order.review(0).body()));
		UUID second = Api.id(this.api.write(order.customer(), order.review(1).body()));
		for (UUID id : List.of(first, second)) {
			this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "Queue test"))
				.expectStatus()
				.isOk();
		}

		List<UUID> rejected = queue("REJECTED");

		assertThat(rejected).containsSubsequence(first, second);
		assertThat(queue("rejected")).isEqualTo(rejected);
		assertThat(Problems.problem(this.api.get("/api/v1/admin/reviews?status=LOST", this.admin), 400).fields())
			.containsExactly("status");
	}

	/** The customer's one-star review of the order's first product, rejected. */
	private UUID rejected(DeliveredOrder order, String text) {
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(1).text(text).body()));
		this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "Not about the product"))
			.expectStatus()
			.isOk();
		return id;
	}

	/** Every review in the status, across all pages, in the queue's order. */
	private List<UUID> queue(String status) {
		List<UUID> ids = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			Map<String, Object> result = Api
				.ok(this.api.get("/api/v1/admin/reviews?status=" + status + "&size=100&page=" + page, this.admin));
			ids.addAll(Api.ids(result));
			if (page + 1 >= (int) result.get("totalPages")) {
				return ids;
			}
		}
	}

}
