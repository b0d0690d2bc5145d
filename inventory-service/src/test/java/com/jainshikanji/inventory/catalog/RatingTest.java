package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rating mirrored from the review service, and how a product takes a new one. */
class RatingTest {

	@Test
	void anAnnouncedRatingIsTheBayesianAverageToTwoDecimals() {
		assertThat(Rating.announced(new BigDecimal("3.7"), 4, 7)).isEqualTo(new Rating(new BigDecimal("3.70"), 4, 7));
		assertThat(Rating.announced(new BigDecimal("3.715"), 4, 7).average()).isEqualTo(new BigDecimal("3.72"));
	}

	@Test
	void withoutReviewsThereIsNoRating() {
		assertThat(Rating.announced(null, 0, 9)).isEqualTo(new Rating(new BigDecimal("0.00"), 0, 9));
		assertThat(Rating.announced(new BigDecimal("3.5"), 0, 9).average()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void aRatingIsZeroToFive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Rating(new BigDecimal("5.01"), 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Rating(new BigDecimal("-0.01"), 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Rating(BigDecimal.ONE, -1, 1));
	}

	@Test
	void aProductTakesOnlyANewerRating() {
		Product product = TestProducts.product();

		assertThat(product.rate(Rating.announced(new BigDecimal("4.10"), 3, 2))).isTrue();
		assertThat(product.rate(Rating.announced(new BigDecimal("1.00"), 1, 1))).isFalse();
		assertThat(product.rate(Rating.announced(new BigDecimal("2.00"), 2, 2))).isFalse();

		assertThat(product.rating()).isEqualTo(new Rating(new BigDecimal("4.10"), 3, 2));
		assertThat(product.toSummary(false, java.time.Instant.now()).rating()).isEqualByComparingTo("4.10");
		assertThat(product.toSummary(false, java.time.Instant.now()).reviewCount()).isEqualTo(3);
	}

}
