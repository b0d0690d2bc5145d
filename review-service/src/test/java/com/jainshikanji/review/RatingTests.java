package com.jainshikanji.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.review.ProductRatingChanged;
import com.jainshikanji.common.events.review.RatingHistogram;
import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's rating changes with its approved reviews, in their own transactions, and
 * every change is published as {@code ProductRatingChanged} keyed by product with a
 * growing revision; under concurrent writing, editing, moderating and deleting, the
 * figures always equal those of the approved reviews themselves.
 */
@ReviewServiceTest
class RatingTests {

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	@Test
	void everyChangeOfTheApprovedReviewsIsPublishedWithTheNewFigures() {
		UUID product = UUID.randomUUID();
		DeliveredOrder first = this.deliveries.deliver(Deliveries.order(product));
		DeliveredOrder second = this.deliveries.deliver(Deliveries.order(product));

		UUID five = Api.id(this.api.write(first.customer(), first.review(0).rating(5).body()));
		UUID three = Api.id(this.api.write(second.customer(), second.review(0).rating(3).body()));
		this.api.put("/api/v1/reviews/" + three, second.customer(), second.review(0).rating(4).editBody())
			.expectStatus()
			.isOk();
		this.api.post("/api/v1/admin/reviews/" + five + "/reject", TestTokens.admin(), Map.of("reason", "Spam"))
			.expectStatus()
			.isOk();
		this.api.delete("/api/v1/reviews/" + three, second.customer()).expectStatus().isNoContent();

		List<ProductRatingChanged> events = events(product, 5);

		assertThat(events).extracting(ProductRatingChanged::revision).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(events).extracting(ProductRatingChanged::reviewCount).containsExactly(1, 2, 2, 1, 0);
		assertThat(events).extracting(ProductRatingChanged::histogram)
			.containsExactly(new RatingHistogram(0, 0, 0, 0, 1), new RatingHistogram(0, 0, 1, 0, 1),
					new RatingHistogram(0, 0, 0, 1, 1), new RatingHistogram(0, 0, 0, 1, 0),
					new RatingHistogram(0, 0, 0, 0, 0));
		assertThat(events.get(1).average()).isEqualByComparingTo("4.00");
		// (5 × 3.5 + 5 + 3) / 7
		assertThat(events.get(1).bayesianAverage()).isEqualByComparingTo("3.64");
		assertThat(events.get(4).average()).isNull();
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.priorMean()).isEqualByComparingTo("3.5");
			assertThat(event.priorWeight()).isEqualTo(5);
		});
	}

	@Test
	void aChangeThatMovesNoStarsPublishesNothing() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(4).body()));

		// Same stars, new words; a response; votes: the rating does not move.
		this.api
			.put("/api/v1/reviews/" + id, order.customer(), order.review(0).rating(4).title("Still good").editBody())
			.expectStatus()
			.isOk();
		this.api.put("/api/v1/reviews/" + id + "/response", order.staff(), Map.of("text", "Thank you!"))
			.expectStatus()
			.isOk();
		this.api.put("/api/v1/reviews/" + id + "/helpful", TestTokens.customer(), null).expectStatus().isOk();
		DeliveredOrder marker = this.deliveries.deliver(Deliveries.order(order.product(0)));
		this.api.write(marker.customer(), marker.review(0).rating(1).body());

		assertThat(events(order.product(0), 2)).extracting(ProductRatingChanged::revision).containsExactly(1L, 2L);
		assertThat(revision(order.product(0))).isEqualTo(2);
	}

	@Test
	void twentyCustomersReviewingOneProductAtOnceAreAllCounted() {
		UUID product = UUID.randomUUID();
		List<DeliveredOrder> orders = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			orders.add(this.deliveries.deliver(Deliveries.order(product)));
		}

		List<Integer> statuses = Parallel.run(20,
				(i) -> this.api
					.post("/api/v1/reviews", orders.get(i).customer(), orders.get(i).review(0).rating(1 + i % 5).body())
					.returnResult(String.class)
					.getStatus()
					.value(),
				Duration.ofSeconds(90));

		assertThat(statuses).containsOnly(201);
		assertThat(figures(product)).isEqualTo(List.of(20L, 60L));
		assertThat(figures(product)).isEqualTo(approvedFigures(product));
		assertThat(events(product, 20)).extracting(ProductRatingChanged::revision)
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
	}

	@Test
	void concurrentEditsModerationAndDeletionsLeaveTheFiguresOfTheApprovedReviews() {
		UUID product = UUID.randomUUID();
		List<DeliveredOrder> orders = new ArrayList<>();
		List<UUID> reviews = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			DeliveredOrder order = this.deliveries.deliver(Deliveries.order(product));
			orders.add(order);
			reviews.add(Api.id(this.api.write(order.customer(), order.review(0).rating(1 + i % 5).body())));
		}
		String admin = TestTokens.admin();

		Parallel.run(24, (i) -> {
			int n = i % 12;
			String path = "/api/v1/reviews/" + reviews.get(n);
			RestTestClient.ResponseSpec response = switch (i / 12 * 10 + n % 4) {
				case 0, 10 ->
					this.api.put(path, orders.get(n).customer(), orders.get(n).review(0).rating(5 - n % 5).editBody());
				case 1, 11 -> this.api.post("/api/v1/admin/reviews/" + reviews.get(n) + "/reject", admin,
						Map.of("reason", "Off topic"));
				case 2 -> this.api.delete(path, orders.get(n).customer());
				case 12 -> this.api.post("/api/v1/admin/reviews/" + reviews.get(n) + "/approve", admin, null);
				default -> this.api.put(path + "/helpful", TestTokens.customer(), null);
			};
			return response.returnResult(String.class).getStatus().value();
		}, Duration.ofSeconds(90));

		assertThat(figures(product)).isEqualTo(approvedFigures(product));
		List<ProductRatingChanged> events = events(product, (int) revision(product));
		ProductRatingChanged last = events.getLast();
		assertThat(List.of((long) last.reviewCount(), (long) sum(last.histogram()))).isEqualTo(figures(product));
	}

	/** The product's stored count and sum of stars. */
	private List<Long> figures(UUID product) {
		return this.jdbc.sql("SELECT review_count, rating_sum FROM product_ratings WHERE product_id = :id")
			.param("id", product)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** The count and sum of stars of the product's approved reviews, counted afresh. */
	private List<Long> approvedFigures(UUID product) {
		return this.jdbc.sql(
				"SELECT count(*), coalesce(sum(rating), 0) FROM reviews WHERE product_id = :id AND status = 'APPROVED'")
			.param("id", product)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private long revision(UUID product) {
		return this.jdbc.sql("SELECT revision FROM product_ratings WHERE product_id = :id")
			.param("id", product)
			.query(Long.class)
			.single();
	}

	private static int sum(RatingHistogram histogram) {
		return histogram.oneStar() + 2 * histogram.twoStars() + 3 * histogram.threeStars() + 4 * histogram.fourStars()
				+ 5 * histogram.fiveStars();
	}

	/** The product's rating events, in the order they were published (one partition). */
	private List<ProductRatingChanged> events(UUID product, int count) {
		try (TopicReader reader = TopicReader.of(Topics.REVIEW)) {
			List<ConsumerRecord<String, String>> records = reader
				.await((record) -> record.key().equals(product.toString()), count, Duration.ofSeconds(30));
			return records.stream().map((record) -> {
				EventEnvelope envelope = this.json.read(record.value());
				assertThat(envelope.aggregateId()).isEqualTo(product.toString());
				return this.json.payload(envelope, ProductRatingChanged.class);
			}).toList();
		}
	}

}
