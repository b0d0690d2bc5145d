package com.jainshikanji.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to a review, for everyone who could ask: nobody signed in, its author,
 * another customer, staff of the store that fulfilled the order, staff of another store,
 * and an admin.
 */
@ReviewServiceTest
class AuthorizationMatrixTests {

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	DeliveredOrder order;

	String author;

	String otherCustomer;

	String storeStaff;

	String otherStaff;

	String admin;

	@BeforeEach
	void setUp() {
		this.order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID(), UUID.randomUUID()));
		this.author = this.order.customer();
		this.otherCustomer = TestTokens.customer();
		this.storeStaff = this.order.staff();
		this.otherStaff = TestTokens.staffOf(UUID.randomUUID());
		this.admin = TestTokens.admin();
	}

	@Test
	void onlyTheCustomerWhoReceivedItReviewsAProduct() {
		Map<String, Object> body = this.order.review(0).body();

		assertThat(status(HttpMethod.POST, "/api/v1/reviews", null, body)).isEqualTo(401);
		assertThat(status(HttpMethod.POST, "/api/v1/reviews", this.otherCustomer, body)).isEqualTo(409);
		assertThat(status(HttpMethod.POST, "/api/v1/reviews", this.storeStaff, body)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/v1/reviews", this.otherStaff, body)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/v1/reviews", this.admin, body)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/v1/reviews", this.author, body)).isEqualTo(201);
	}

	@Test
	void whatIsLeftToReviewIsForTheCustomerAndAdmins() {
		String path = "/api/v1/reviews/customer/" + this.order.customerId() + "/reviewable";

		assertThat(status(HttpMethod.GET, path, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, path, this.otherCustomer, null)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, path, this.storeStaff, null)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, path, this.author, null)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, path, this.admin, null)).isEqualTo(200);
	}

	@Test
	void aProductsApprovedReviewsAndAnApprovedReviewAreForEveryone() {
		UUID id = write(0);

		for (String token : new String[] { null, this.author, this.otherCustomer, this.storeStaff, this.otherStaff,
				this.admin }) {
			assertThat(status(HttpMethod.GET, "/api/v1/reviews/product/" + this.order.product(0), token, null))
				.isEqualTo(200);
			assertThat(status(HttpMethod.GET, "/api/v1/reviews/" + id, token, null)).isEqualTo(200);
		}
		assertThat(details(id, null)).isFalse();
		assertThat(details(id, this.otherCustomer)).isFalse();
		assertThat(details(id, this.otherStaff)).isFalse();
		assertThat(details(id, this.author)).isTrue();
		assertThat(details(id, this.storeStaff)).isTrue();
		assertThat(details(id, this.admin)).isTrue();
	}

	@Test
	void aReviewNotApprovedIsSeenOnlyByItsAuthorTheStoreAndAdmins() {
		UUID id = write(0);
		this.api.post("/api/v1/admin/reviews/" + id + "/reject", this.admin, Map.of("reason", "Matrix"))
			.expectStatus()
			.isOk();
		String path = "/api/v1/reviews/" + id;

		assertThat(status(HttpMethod.GET, path, null, null)).isEqualTo(404);
		assertThat(status(HttpMethod.GET, path, this.otherCustomer, null)).isEqualTo(404);
		assertThat(status(HttpMethod.GET, path, this.otherStaff, null)).isEqualTo(404);
		assertThat(status(HttpMethod.GET, path, this.author, null)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, path, this.storeStaff, null)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, path, this.admin, null)).isEqualTo(200);
		// To those who cannot see it, it does not exist for any other purpose either.
		assertThat(status(HttpMethod.PUT, path + "/response", this.otherStaff, Map.of("text", "Hi"))).isEqualTo(404);
		assertThat(status(HttpMethod.PUT, path, this.otherCustomer, this.order.review(0).editBody())).isEqualTo(404);
	}

	@Test
	void aCustomersListIsForThemAndAdmins() {
		write(0);
		String path = "/api/v1/reviews/customer/" + this.order.customerId();

		assertThat(status(HttpMethod.GET, path, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, path, this.otherCustomer, null)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, path, this.storeStaff, null)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, path, this.author, null)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, path, this.admin, null)).isEqualTo(200);
		assertThat(Api.ok(this.api.get(path, this.author)).get("totalItems")).isEqualTo(1);
	}

	@Test
	void onlyTheAuthorEditsOrDeletesTheirReview() {
		UUID id = write(0);
		String path = "/api/v1/reviews/" + id;
		Map<String, Object> edit = this.order.review(0).rating(3).editBody();

		for (String token : new String[] { this.otherCustomer, this.storeStaff, this.otherStaff, this.admin }) {
			assertThat(status(HttpMethod.PUT, path, token, edit)).isEqualTo(403);
			assertThat(status(HttpMethod.DELETE, path, token, null)).isEqualTo(403);
		}
		assertThat(status(HttpMethod.PUT, path, null, edit)).isEqualTo(401);
		assertThat(status(HttpMethod.DELETE, path, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.PUT, path, this.author, edit)).isEqualTo(200);
		assertThat(status(HttpMethod.DELETE, path, this.author, null)).isEqualTo(204);
	}

	@Test
	void onlyTheFulfillingStoresStaffAndAdminsRespond() {
		UUID id = write(0);
		String path = "/api/v1/reviews/" + id + "/response";
		Map<String, Object> reply = Map.of("text", "Thank you for ordering!");

		assertThat(status(HttpMethod.PUT, path, null, reply)).isEqualTo(401);
		assertThat(status(HttpMethod.PUT, path, this.author, reply)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, path, this.otherCustomer, reply)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, path, this.otherStaff, reply)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, path, this.storeStaff, reply)).isEqualTo(200);
		assertThat(status(HttpMethod.PUT, path, this.admin, Map.of("text", "Edited by the admin"))).isEqualTo(200);
		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, null)).get("response"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("text", "Edited by the admin")
			.containsKeys("respondedAt", "editedAt");
	}

	@Test
	void onlyStaffWhoseJobAnswersReviewsRespondTheOthersStillRead() {
		UUID id = write(0);
		String path = "/api/v1/reviews/" + id + "/response";
		UUID store = this.order.storeId();
		Map<String, String> others = Map.of("DELIVERY", TestTokens.staffAs("DELIVERY", UUID.randomUUID(), store),
				"CHEF", TestTokens.staffAs("CHEF", UUID.randomUUID(), store), "CASHIER",
				TestTokens.staffAs("CASHIER", UUID.randomUUID(), store));
		String noJob = TestTokens.token(UUID.randomUUID(), List.of("STAFF"), List.of(store));

		others.forEach((job, token) -> {
			Problem refused = Problems.problem(this.api.put(path, token, Map.of("text", "From the " + job)), 403);
			assertThat(refused.typeSlug()).isEqualTo("store-duty-not-allowed");
			assertThat(refused.detail()).contains(store.toString(), "(" + job + ")", "answering");
		});
		Problem noJobRefused = Problems.problem(this.api.put(path, noJob, Map.of("text", "From nobody")), 403);
		assertThat(noJobRefused.typeSlug()).isEqualTo("store-duty-not-allowed");
		assertThat(noJobRefused.detail()).contains(store.toString(), "no job");
		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, this.admin)).get("response")).isNull();
		// Reading the store's reviews, with their details, stays open to every job.
		for (String token : others.values()) {
			assertThat(details(id, token)).isTrue();
		}
		assertThat(details(id, noJob)).isTrue();

		String support = TestTokens.staffAs("SUPPORT", UUID.randomUUID(), store);
		assertThat(status(HttpMethod.PUT, path, support, Map.of("text", "Support here"))).isEqualTo(200);
		assertThat(status(HttpMethod.PUT, path, TestTokens.staff(UUID.randomUUID(), store),
				Map.of("text", "The manager here")))
			.isEqualTo(200);
		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, null)).get("response"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("text", "The manager here");
	}

	@Test
	void otherCustomersVoteNotTheAuthorNorStaff() {
		UUID id = write(0);
		String path = "/api/v1/reviews/" + id + "/helpful";

		assertThat(status(HttpMethod.PUT, path, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.PUT, path, this.author, null)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, path, this.storeStaff, null)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, path, this.admin, null)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, path, this.otherCustomer, null)).isEqualTo(200);
	}

	@Test
	void onlyAdminsModerate() {
		UUID id = write(0);
		String reject = "/api/v1/admin/reviews/" + id + "/reject";
		String approve = "/api/v1/admin/reviews/" + id + "/approve";
		Map<String, Object> reason = Map.of("reason", "Matrix");

		for (String token : new String[] { this.author, this.otherCustomer, this.storeStaff, this.otherStaff }) {
			assertThat(status(HttpMethod.GET, "/api/v1/admin/reviews", token, null)).isEqualTo(403);
			assertThat(status(HttpMethod.POST, reject, token, reason)).isEqualTo(403);
			assertThat(status(HttpMethod.POST, approve, token, null)).isEqualTo(403);
		}
		assertThat(status(HttpMethod.GET, "/api/v1/admin/reviews", null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.POST, reject, null, reason)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, "/api/v1/admin/reviews", this.admin, null)).isEqualTo(200);
		assertThat(status(HttpMethod.POST, reject, this.admin, reason)).isEqualTo(200);
		assertThat(status(HttpMethod.POST, approve, this.admin, null)).isEqualTo(200);
	}

	private UUID write(int item) {
		return Api.id(this.api.write(this.author, this.order.review(item).body()));
	}

	private boolean details(UUID id, @Nullable String token) {
		return Api.ok(this.api.get("/api/v1/reviews/" + id, token)).containsKey("details");
	}

	private int status(HttpMethod method, String path, @Nullable String token, @Nullable Object body) {
		RestTestClient.ResponseSpec response = this.api.exchange(method, path, token, body);
		return response.returnResult(String.class).getStatus().value();
	}

}
