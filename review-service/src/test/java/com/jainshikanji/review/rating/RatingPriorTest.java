package com.jainshikanji.review.rating;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Bayesian average with the documented default prior: 5 reviews of 3.5 stars. */
class RatingPriorTest {

	private final RatingPrior prior = new RatingPrior(new BigDecimal("3.5"), 5);

	@Test
	void aProductWithoutReviewsHasNoRating() {
		assertThat(this.prior.average(StarCounts.NONE)).isNull();
		assertThat(this.prior.bayesianAverage(StarCounts.NONE)).isNull();
	}

	@Test
	void oneFiveStarReviewIsPulledTowardsThePrior() {
		StarCounts one = StarCounts.NONE.plus(5);

		assertThat(this.prior.average(one)).isEqualByComparingTo("5.00");
		// (5 × 3.5 + 5) / (5 + 1)
		assertThat(this.prior.bayesianAverage(one)).isEqualByComparingTo("3.75");
	}

	@Test
	void manyReviewsOutweighThePrior() {
		StarCounts many = StarCounts.NONE;
		for (int i = 0; i < 70; i++) {
			many = many.plus(5);
		}
		for (int i = 0; i < 30; i++) {
			many = many.plus(4);
		}

		assertThat(this.prior.average(many)).isEqualByComparingTo("4.70");
		// (17.5 + 470) / 105 = 4.642...
		assertThat(this.prior.bayesianAverage(many)).isEqualByComparingTo("4.64");
	}

	@Test
	void manyGoodReviewsOutrankOnePerfectOne() {
		StarCounts many = StarCounts.NONE.plus(5)
			.plus(5)
			.plus(5)
			.plus(4)
			.plus(4)
			.plus(5)
			.plus(5)
			.plus(4)
			.plus(5)
			.plus(5);
		StarCounts one = StarCounts.NONE.plus(5);

		assertThat(this.prior.average(one)).isGreaterThan(this.prior.average(many));
		assertThat(this.prior.bayesianAverage(many)).isGreaterThan(this.prior.bayesianAverage(one));
	}

	@Test
	void roundsHalfUpToTwoDecimals() {
		// (17.5 + 4 + 4 + 5) / 8 = 3.8125
		assertThat(this.prior.bayesianAverage(StarCounts.NONE.plus(4).plus(4).plus(5)))
			.isEqualTo(new BigDecimal("3.81"));
		// 13 / 3 = 4.333...
		assertThat(this.prior.average(StarCounts.NONE.plus(4).plus(4).plus(5))).isEqualTo(new BigDecimal("4.33"));
		// (0 × 3.5 + 1 + 2) / 2 = 1.5 with no prior weight: the plain average
		assertThat(new RatingPrior(new BigDecimal("3.5"), 0).bayesianAverage(StarCounts.NONE.plus(1).plus(2)))
			.isEqualTo(new BigDecimal("1.50"));
	}

}
