package com.jainshikanji.review.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.review.ProductRatingChanged;
import com.jainshikanji.common.events.review.RatingHistogram;

import static org.assertj.core.api.Assertions.assertThat;

class ProductRatingTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private final RatingPrior prior = new RatingPrior(new BigDecimal("3.5"), 5);

	private final UUID productId = UUID.randomUUID();

	@Test
	void aReviewThatStartsCountingIsAddedAndAnnounced() {
		ProductRating rating = new ProductRating(this.productId, NOW);

		assertThat(rating.recount(null, 5, this.prior, NOW)).isTrue();

		assertThat(rating.counts()).isEqualTo(StarCounts.NONE.plus(5));
		assertThat(rating.revision()).isOne();
		assertThat(events(rating)).singleElement()
			.isEqualTo(new ProductRatingChanged(this.productId, 1, 1, new RatingHistogram(0, 0, 0, 0, 1),
					new BigDecimal("5.00"), new BigDecimal("3.75"), new BigDecimal("3.5"), 5, NOW));
	}

	@Test
	void anEditedRatingMovesFromItsOldStarsToItsNewOnes() {
		ProductRating rating = new ProductRating(this.productId, NOW);
		rating.recount(null, 5, this.prior, NOW);
		rating.recount(null, 3, this.prior, NOW);

		rating.recount(5, 2, this.prior, NOW);

		assertThat(rating.counts()).isEqualTo(new StarCounts(0, 1, 1, 0, 0));
		assertThat(rating.revision()).isEqualTo(3);
		assertThat(rating.summary(this.prior).average()).isEqualByComparingTo("2.50");
	}

	@Test
	void aReviewThatStopsCountingIsTakenOutAndTheLastOneLeavesNoRating() {
		ProductRating rating = new ProductRating(this.productId, NOW);
		rating.recount(null, 4, this.prior, NOW);

		rating.recount(4, null, this.prior, NOW);

		assertThat(rating.counts()).isEqualTo(StarCounts.NONE);
		assertThat(events(rating)).last().satisfies((event) -> {
			ProductRatingChanged changed = (ProductRatingChanged) event;
			assertThat(changed.revision()).isEqualTo(2);
			assertThat(changed.reviewCount()).isZero();
			assertThat(changed.average()).isNull();
			assertThat(changed.bayesianAverage()).isNull();
		});
	}

	@Test
	void nothingChangesAndNothingIsAnnouncedWhenTheStarsStayTheSame() {
		ProductRating rating = new ProductRating(this.productId, NOW);
		rating.recount(null, 4, this.prior, NOW);

		assertThat(rating.recount(4, 4, this.prior, NOW)).isFalse();
		assertThat(rating.recount(null, null, this.prior, NOW)).isFalse();

		assertThat(rating.revision()).isOne();
		assertThat(events(rating)).hasSize(1);
	}

	@Test
	void theSummaryShowsTheHistogramByStars() {
		ProductRating rating = new ProductRating(this.productId, NOW);
		rating.recount(null, 5, this.prior, NOW);
		rating.recount(null, 1, this.prior, NOW);

		RatingSummary summary = rating.summary(this.prior);

		assertThat(summary.histogram()).containsExactly(java.util.Map.entry("1", 1), java.util.Map.entry("2", 0),
				java.util.Map.entry("3", 0), java.util.Map.entry("4", 0), java.util.Map.entry("5", 1));
		assertThat(summary.reviewCount()).isEqualTo(2);
		assertThat(summary.prior()).isEqualTo(new RatingSummary.Prior(new BigDecimal("3.5"), 5));
	}

	private static Collection<Object> events(ProductRating rating) {
		return rating.announcements();
	}

}
