package com.jainshikanji.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace (the platform's contract, on the endpoint the app posts reviews to); the
 * limits are those of the columns; and the API describes itself, a product's reviews and
 * one review open, everything else behind a token.
 */
@ReviewServiceTest
class BadRequestTests extends BadRequestContract {

	private final String customer = TestTokens.customer();

	@Autowired
	Api api;

	BadRequestTests() {
		super("/api/v1/reviews");
	}

	@Override
	protected String token() {
		return this.customer;
	}

	private ReviewDraft draft() {
		return ReviewDraft.of(UUID.randomUUID(), UUID.randomUUID());
	}

	@Test
	void missingIdsAndRatingAreNamed() {
		Problem problem = Problems.problem(this.api.post("/api/v1/reviews", token(), Map.of()), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("orderId", "productId", "rating");
	}

	@Test
	void aRatingIsAWholeNumberOfOneToFiveStars() {
		for (Object rating : List.of(0, 6, -1)) {
			assertThat(Problems.problem(this.api.post("/api/v1/reviews", token(), draft().rating(rating).body()), 400)
				.fields()).as("rating %s", rating).containsExactly("rating");
		}
		for (Object rating : List.of(4.5, "five", 2147483648L)) {
			assertThat(Problems.problem(this.api.post("/api/v1/reviews", token(), draft().rating(rating).body()), 400)
				.fields()).as("rating %s", rating).containsExactly("rating");
		}
	}

	@Test
	void textsLongerThanTheirColumnsAreNamed() {
		Problem problem = Problems.problem(this.api.post("/api/v1/reviews", token(),
				draft().title("t".repeat(121)).text("x".repeat(2001)).authorName("a".repeat(61)).body()), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("title", "text", "authorName");
	}

	@Test
	void textsAtTheirLimitsAreAccepted() {
		// Accepted as far as validation goes: the order is not delivered, hence 409.
		Problem problem = Problems.problem(this.api.post("/api/v1/reviews", token(),
				draft().title("t".repeat(120)).text("x".repeat(2000)).authorName("a".repeat(60)).body()), 409);

		assertThat(problem.typeSlug()).isEqualTo("item-not-reviewable");
	}

	@Test
	void photosAreAtMostFiveHttpsUrls() {
		String photo = "https://photos.example.com/a.jpg";

		assertThat(Problems
			.problem(this.api.post("/api/v1/reviews", token(),
					draft().photos(photo, photo, photo, photo, photo, photo).body()), 400)
			.fields()).containsExactly("photoUrls");
		assertThat(Problems
			.problem(this.api.post("/api/v1/reviews", token(),
					draft().photos(photo, "http://photos.example.com/b.jpg", "javascript:alert(1)", " ").body()), 400)
			.fields()).containsExactlyInAnyOrder("photoUrls[1]", "photoUrls[2]", "photoUrls[3]", "photoUrls[3]");
		assertThat(Problems
			.problem(this.api.post("/api/v1/reviews", token(), draft().photos("https://photos.example.com/{x}").body()),
					400)
			.typeSlug()).isEqualTo("invalid-review");
	}

	@Test
	void badQueryParametersAreNamed() {
		UUID product = UUID.randomUUID();

		assertThat(Problems
			.problem(this.api.get("/api/v1/reviews/product/" + product + "?sort=best&rating=6&page=-1&size=51", null),
					400)
			.fields()).containsExactlyInAnyOrder("sort", "rating", "page", "size");
		assertThat(
				Problems.problem(this.api.get("/api/v1/reviews/product/" + product + "?page=abc&size=1.5", null), 400)
					.fields())
			.containsExactlyInAnyOrder("page", "size");
		assertThat(Problems.problem(this.api.get("/api/v1/reviews/product/not-a-uuid", null), 400).fields())
			.containsExactly("productId");
	}

	@Test
	void anUnknownReviewIsANotFoundProblem() {
		assertThat(Problems.problem(this.api.get("/api/v1/reviews/" + UUID.randomUUID(), null), 404).typeSlug())
			.isEqualTo("review-not-found");
		assertThat(Problems
			.problem(this.api.put("/api/v1/reviews/" + UUID.randomUUID() + "/response", TestTokens.admin(),
					Map.of("text", "Hello")), 404)
			.typeSlug()).isEqualTo("review-not-found");
		assertThat(Problems.problem(this.api.get("/api/v1/reviews/not-a-uuid", token()), 400).fields())
			.containsExactly("reviewId");
	}

	@Test
	void aResponseNeedsATextThatFitsItsColumn() {
		UUID review = UUID.randomUUID();
		for (Object text : new Object[] { "", "   ", "x".repeat(1001) }) {
			assertThat(Problems
				.problem(this.api.put("/api/v1/reviews/" + review + "/response", TestTokens.admin(),
						Map.of("text", text)), 400)
				.fields()).containsExactly("text");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiDocsShowReadingOpenAndEverythingElseBehindAToken() {
		Map<String, Object> docs = Api.ok(this.api.get("/v3/api-docs", null));
		Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) docs
			.get("paths");

		assertThat(((Map<String, Object>) docs.get("info")).get("title")).isEqualTo("Review service");
		assertThat(paths.get("/api/v1/reviews/product/{productId}").get("get")).doesNotContainKey("security");
		assertThat(paths.get("/api/v1/reviews/{reviewId}").get("get")).doesNotContainKey("security");
		assertThat(paths.get("/api/v1/reviews").get("post")).containsKey("security");
		assertThat(paths.get("/api/v1/reviews/{reviewId}").get("put")).containsKey("security");
		assertThat(paths.get("/api/v1/reviews/{reviewId}/response").get("put")).containsKey("security");
		assertThat(paths.get("/api/v1/reviews/customer/{customerId}/reviewable").get("get")).containsKey("security");
		assertThat(paths.get("/api/v1/admin/reviews").get("get")).containsKey("security");
		assertThat(paths.get("/api/v1/reviews/customer/{customerId}").get("get")).containsKey("security");
	}

}
