package com.jainshikanji.review.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The prior of the Bayesian average: every product is rated as if it also had
 * {@code priorWeight} reviews of {@code priorMean} stars. With the defaults (5 reviews of
 * 3.5 stars) one 5-star review gives 3.75 and a hundred reviews averaging 4.7 give 4.64:
 * few reviews say little, many say almost everything. See
 * {@code docs/adr/0010-reviews.md}.
 *
 * @param priorMean the rating a product is assumed to have before its reviews say
 * otherwise, 1 to 5
 * @param priorWeight how many reviews that assumption weighs as, 0 (the plain average) to
 * 1000
 */
@Validated
@ConfigurationProperties("review.rating")
public record RatingPrior(@DefaultValue("3.5") @DecimalMin("1") @DecimalMax("5") BigDecimal priorMean,
		@DefaultValue("5") @Min(0) @Max(1000) int priorWeight) {

	/** The plain average, two decimals; {@code null} without reviews. */
	@Nullable BigDecimal average(StarCounts counts) {
		if (counts.count() == 0) {
			return null;
		}
		return BigDecimal.valueOf(counts.sum()).divide(BigDecimal.valueOf(counts.count()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * {@code (priorWeight × priorMean + sum) / (priorWeight + count)}, two decimals;
	 * {@code null} without reviews (a product nobody reviewed has no rating to show).
	 */
	@Nullable BigDecimal bayesianAverage(StarCounts counts) {
		if (counts.count() == 0) {
			return null;
		}
		BigDecimal weighted = this.priorMean.multiply(BigDecimal.valueOf(this.priorWeight))
			.add(BigDecimal.valueOf(counts.sum()));
		return weighted.divide(BigDecimal.valueOf((long) this.priorWeight + counts.count()), 2, RoundingMode.HALF_UP);
	}

}
