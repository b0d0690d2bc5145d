package com.jainshikanji.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.review.ProductRatingChanged;
import com.jainshikanji.common.events.review.RatingHistogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Products carry the rating and review count the review service announces on its topic
 * ({@code ProductRatingChanged}, the common-lib contract, published here as the review
 * service does): its Bayesian average, applied once however often the event is delivered,
 * never undone by an older revision arriving late, and sorting by rating follows it.
 */
@InventoryServiceTest
class ProductRatingEventsTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void aProductCarriesTheAnnouncedBayesianAverageAndReviewCount() {
		UUID product = product(this.api.createCategory().get("id"));

		publish(changed(product, 1, new RatingHistogram(0, 0, 0, 1, 1), "4.50", "3.71"));
		awaitRevision(product, 1);

		Map<String, Object> read = Api.ok(this.api.get(Api.PRODUCTS + "/" + product, null));
		assertThat(read.get("rating")).isEqualTo(3.71);
		assertThat(read.get("reviewCount")).isEqualTo(2);
	}

	@Test
	void aRedeliveredChangeIsAppliedOnce() {
		UUID product = product(this.api.createCategory().get("id"));
		EventEnvelope first = publish(changed(product, 1, new RatingHistogram(0, 0, 0, 0, 1), "5.00", "3.75"));
		publish(first);
		publish(first);
		publish(changed(product, 2, new RatingHistogram(0, 0, 0, 1, 1), "4.50", "3.71"));

		awaitRevision(product, 2);

		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
			.param("id", first.eventId())
			.query(Long.class)
			.single()).isOne();
		assertThat(rating(product)).isEqualTo(List.of("3.71", "2"));
	}

	@Test
	void anOlderChangeArrivingLateChangesNothing() {
		UUID product = product(this.api.createCategory().get("id"));
		publish(changed(product, 3, new RatingHistogram(1, 0, 0, 0, 0), "1.00", "3.08"));
		awaitRevision(product, 3);

		EventEnvelope late = publish(changed(product, 2, new RatingHistogram(0, 0, 0, 0, 2), "5.00", "3.93"));
		awaitProcessed(late);

		assertThat(rating(product)).isEqualTo(List.of("3.08", "1"));
		assertThat(revision(product)).isEqualTo(3);
	}

	@Test
	void theLastReviewGoneLeavesNoRating() {
		UUID product = product(this.api.createCategory().get("id"));
		publish(changed(product, 1, new RatingHistogram(0, 0, 1, 0, 0), "3.00", "3.42"));
		publish(changed(product, 2, new RatingHistogram(0, 0, 0, 0, 0), null, null));

		awaitRevision(product, 2);

		assertThat(rating(product)).isEqualTo(List.of("0.00", "0"));
	}

	@Test
	void aChangeForAProductNotHereIsSkippedAndLaterChangesStillApply() {
		UUID unknown = UUID.randomUUID();
		EventEnvelope skipped = publish(changed(unknown, 1, new RatingHistogram(0, 0, 0, 0, 1), "5.00", "3.75"));
		UUID product = product(this.api.createCategory().get("id"));
		publish(changed(product, 1, new RatingHistogram(0, 0, 0, 0, 1), "5.00", "3.75"));

		awaitRevision(product, 1);
		awaitProcessed(skipped);
	}

	@Test
	void sortingByRatingFollowsTheReviewServicesRatings() {
		Map<String, Object> category = this.api.createCategory();
		Object categoryId = category.get("id");
		UUID onePerfect = product(categoryId, "One Perfect Review");
		UUID manyGood = product(categoryId, "Many Good Reviews");
		UUID unrated = product(categoryId, "Nobody Reviewed");
		UUID poor = product(categoryId, "Poorly Rated");
		publish(changed(onePerfect, 1, new RatingHistogram(0, 0, 0, 0, 1), "5.00", "3.75"));
		publish(changed(manyGood, 40, new RatingHistogram(0, 0, 2, 10, 28), "4.65", "4.52"));
		publish(changed(poor, 3, new RatingHistogram(2, 1, 0, 0, 0), "1.33", "2.69"));
		awaitRevision(onePerfect, 1);
		awaitRevision(manyGood, 40);
		awaitRevision(poor, 3);

		assertThat(names("?category=" + category.get("slug") + "&sort=rating")).containsExactly("Many Good Reviews",
				"One Perfect Review", "Poorly Rated", "Nobody Reviewed");
		assertThat(
				this.api.get(Api.PRODUCTS + "/" + unrated, null).expectBody(Map.class).returnResult().getResponseBody())
			.containsEntry("rating", 0.0)
			.containsEntry("reviewCount", 0);
	}

	private UUID product(Object categoryId) {
		return product(categoryId, Api.unique("Rated"));
	}

	private UUID product(Object categoryId, String name) {
		return UUID.fromString((String) this.api.createProduct(Bodies.product(categoryId, name, "50.00")).get("id"));
	}

	private static ProductRatingChanged changed(UUID product, long revision, RatingHistogram histogram,
			@Nullable String average, @Nullable String bayesian) {
		return new ProductRatingChanged(product, revision, histogram.total(), histogram,
				(average != null) ? new BigDecimal(average) : null,
				(bayesian != null) ? new BigDecimal(bayesian) : null, new BigDecimal("3.5"), 5, Instant.now());
	}

	private EventEnvelope publish(IntegrationEvent event) {
		EventEnvelope envelope = this.json.envelope(event, Instant.now(), null);
		publish(envelope);
		return envelope;
	}

	private EventEnvelope publish(EventEnvelope envelope) {
		try {
			this.kafka.send(Topics.REVIEW, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return envelope;
	}

	private void awaitRevision(UUID product, long revision) {
		await().atMost(Duration.ofSeconds(30)).until(() -> revision(product) == revision);
	}

	private long revision(UUID product) {
		return this.jdbc.sql("SELECT rating_revision FROM products WHERE id = :id")
			.param("id", product)
			.query(Long.class)
			.single();
	}

	private List<String> rating(UUID product) {
		return this.jdbc.sql("SELECT rating, review_count FROM products WHERE id = :id")
			.param("id", product)
			.query((rs, row) -> List.of(rs.getBigDecimal(1).toPlainString(), String.valueOf(rs.getInt(2))))
			.single();
	}

	private void awaitProcessed(EventEnvelope event) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
				.param("id", event.eventId())
				.query(Long.class)
				.single() == 1);
	}

	@SuppressWarnings("unchecked")
	private List<String> names(String query) {
		Map<String, Object> page = Api.ok(this.api.get(Api.PRODUCTS + query, null));
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.map((item) -> (String) item.get("name"))
			.toList();
	}

}
