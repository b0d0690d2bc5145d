package com.jainshikanji.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer writes, edits and deletes their review; others read it on the product's page
 * (sorted, filtered, paged, with the rating) and vote it helpful. Texts come back exactly
 * as written, as JSON strings.
 */
@ReviewServiceTest
class ReviewWritingTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	@Test
	@SuppressWarnings("unchecked")
	void aWrittenReviewIsPublicOnItsProductsPageWithTheRating() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));

		RestTestClient.ResponseSpec created = this.api.post("/api/v1/reviews", order.customer(),
				order.review(0)
					.rating(5)
					.title("Best in Ahmedabad")
					.authorName("Asha J.")
					.photos("https://photos.example.com/glass.jpg")
					.body());

		Map<String, Object> review = Api.json(created, 201);
		UUID id = Api.id(review);
		created.expectHeader().location("/api/v1/reviews/" + id);
		assertThat(review).containsEntry("productId", order.product(0).toString())
			.containsEntry("productName", order.lines().get(0).productName())
			.containsEntry("rating", 5)
			.containsEntry("title", "Best in Ahmedabad")
			.containsEntry("authorName", "Asha J.")
			.containsEntry("photoUrls", List.of("https://photos.example.com/glass.jpg"))
			.containsEntry("status", "APPROVED")
			.containsEntry("helpfulCount", 0);
		assertThat((Map<String, Object>) review.get("details")).containsEntry("orderId", order.orderId().toString())
			.containsEntry("customerId", order.customerId().toString());

		Map<String, Object> page = this.api.productPage(order.product(0), "");
		assertThat(Api.ids(page)).containsExactly(id);
		Map<String, Object> publicReview = ((List<Map<String, Object>>) page.get("items")).getFirst();
		assertThat(publicReview).doesNotContainKeys("details");
		Map<String, Object> rating = (Map<String, Object>) page.get("rating");
		assertThat(rating).containsEntry("reviewCount", 1)
			.containsEntry("average", 5.0)
			.containsEntry("bayesianAverage", 3.75)
			.containsEntry("histogram", Map.of("1", 0, "2", 0, "3", 0, "4", 0, "5", 1))
			.containsEntry("prior", Map.of("mean", 3.5, "weight", 5));
	}

	@Test
	void htmlComesBackAsTheTextItWasAsAJsonStringNeverAsMarkup() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		String html = "<script>alert(\"x\")</script><img src=x onerror=alert(1)> & <b>bold</b>";
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).title(html).text(html).body()));

		RestTestClient.ResponseSpec response = this.api.get("/api/v1/reviews/" + id, null);

		response.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff");
		String raw = response.expectBody(String.class).returnResult().getResponseBody();
		assertThat(raw).contains("\"title\":\"<script>alert(\\\"x\\\")</script>");
		Map<String, Object> review = Api.ok(this.api.get("/api/v1/reviews/" + id, null));
		assertThat(review.get("title")).isEqualTo(html);
		assertThat(review.get("text")).isEqualTo(html);
		assertThat(
				this.jdbc.sql("SELECT body FROM reviews WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo(html);
	}

	@Test
	void aReviewIsNeverServedAsHtmlEvenWhenABrowserAsksForIt() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).text("<h1>hi</h1>").body()));

		RestTestClient.ResponseSpec response = this.client.get()
			.uri("/api/v1/reviews/" + id)
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.exchange();

		assertThat(Problems.problem(response, 406).typeSlug()).isEqualTo("not-acceptable");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAuthorEditsTheWholeReviewAndTheRatingFollows() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(),
				order.review(0).rating(5).photos("https://photos.example.com/a.jpg").authorName("Asha").body()));

		Map<String, Object> edited = Api.ok(this.api.put("/api/v1/reviews/" + id, order.customer(),
				order.review(0).rating(2).title("Too sweet this time").text(null).editBody()));

		assertThat(edited).containsEntry("rating", 2)
			.containsEntry("title", "Too sweet this time")
			.containsEntry("text", null)
			.containsEntry("authorName", null)
			.containsEntry("photoUrls", List.of())
			.containsEntry("status", "APPROVED");
		assertThat(edited.get("editedAt")).isNotNull();
		Map<String, Object> rating = (Map<String, Object>) this.api.productPage(order.product(0), "").get("rating");
		assertThat(rating).containsEntry("reviewCount", 1)
			.containsEntry("average", 2.0)
			.containsEntry("histogram", Map.of("1", 0, "2", 1, "3", 0, "4", 0, "5", 0));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAuthorDeletesTheReviewAndItLeavesTheRating() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(3).body()));
		this.api.put("/api/v1/reviews/" + id + "/helpful", TestTokens.customer(), null).expectStatus().isOk();

		this.api.delete("/api/v1/reviews/" + id, order.customer()).expectStatus().isNoContent();

		assertThat(Problems.problem(this.api.get("/api/v1/reviews/" + id, order.customer()), 404).typeSlug())
			.isEqualTo("review-not-found");
		Map<String, Object> page = this.api.productPage(order.product(0), "");
		assertThat(Api.ids(page)).isEmpty();
		assertThat((Map<String, Object>) page.get("rating")).containsEntry("reviewCount", 0)
			.containsEntry("average", null)
			.containsEntry("bayesianAverage", null);
	}

	@Test
	void aProductsReviewsAreSortedFilteredByStarsAndPaged() {
		UUID product = UUID.randomUUID();
		UUID threeStars = review(product, 3);
		UUID fiveStars = review(product, 5);
		UUID oneStar = review(product, 1);
		UUID alsoFive = review(product, 5);
		helpful(threeStars, 2);
		helpful(oneStar, 1);

		assertThat(Api.ids(this.api.productPage(product, ""))).containsExactly(alsoFive, oneStar, fiveStars,
				threeStars);
		assertThat(Api.ids(this.api.productPage(product, "?sort=newest"))).containsExactly(alsoFive, oneStar, fiveStars,
				threeStars);
		assertThat(Api.ids(this.api.productPage(product, "?sort=highest"))).containsExactly(alsoFive, fiveStars,
				threeStars, oneStar);
		assertThat(Api.ids(this.api.productPage(product, "?sort=lowest"))).containsExactly(oneStar, threeStars,
				alsoFive, fiveStars);
		assertThat(Api.ids(this.api.productPage(product, "?sort=most_helpful"))).containsExactly(threeStars, oneStar,
				alsoFive, fiveStars);
		assertThat(Api.ids(this.api.productPage(product, "?rating=5"))).containsExactly(alsoFive, fiveStars);
		Map<String, Object> second = this.api.productPage(product, "?sort=highest&size=3&page=1");
		assertThat(Api.ids(second)).containsExactly(oneStar);
		assertThat(second).containsEntry("page", 1)
			.containsEntry("size", 3)
			.containsEntry("totalItems", 4)
			.containsEntry("totalPages", 2);
		assertThat(this.api.productPage(product, "?rating=5").get("rating"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("reviewCount", 4);
	}

	@Test
	void otherCustomersVoteAReviewHelpfulOnceEachAndMayTakeItBack() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).body()));
		String reader = TestTokens.customer();

		assertThat(Api.ok(this.api.put("/api/v1/reviews/" + id + "/helpful", reader, null)))
			.containsEntry("helpfulCount", 1)
			.containsEntry("votedByYou", true);
		assertThat(Api.ok(this.api.put("/api/v1/reviews/" + id + "/helpful", reader, null)))
			.containsEntry("helpfulCount", 1);
		assertThat(Api.ok(this.api.put("/api/v1/reviews/" + id + "/helpful", TestTokens.customer(), null)))
			.containsEntry("helpfulCount", 2);
		assertThat(Api.ok(this.api.delete("/api/v1/reviews/" + id + "/helpful", reader)))
			.containsEntry("helpfulCount", 1)
			.containsEntry("votedByYou", false);
		assertThat(Api.ok(this.api.delete("/api/v1/reviews/" + id + "/helpful", reader))).containsEntry("helpfulCount",
				1);
		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, null))).containsEntry("helpfulCount", 1);
	}

	@Test
	void anAuthorCannotVoteTheirOwnReview() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).body()));

		assertThat(Problems.problem(this.api.put("/api/v1/reviews/" + id + "/helpful", order.customer(), null), 403)
			.typeSlug()).isEqualTo("own-review");
	}

	@Test
	void twentyCustomersVotingAtOnceCountTwenty() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).body()));

		Parallel.run(20,
				(i) -> this.api.put("/api/v1/reviews/" + id + "/helpful", TestTokens.customer(), null)
					.returnResult(String.class)
					.getStatus()
					.value(),
				java.time.Duration.ofSeconds(60));

		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, null))).containsEntry("helpfulCount", 20);
		assertThat(this.jdbc.sql("SELECT count(*) FROM review_votes WHERE review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(20);
	}

	private UUID review(UUID product, int stars) {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(product));
		return Api.id(this.api.write(order.customer(), order.review(0).rating(stars).body()));
	}

	private void helpful(UUID review, int votes) {
		for (int i = 0; i < votes; i++) {
			this.api.put("/api/v1/reviews/" + review + "/helpful", TestTokens.customer(), null).expectStatus().isOk();
		}
	}

}
