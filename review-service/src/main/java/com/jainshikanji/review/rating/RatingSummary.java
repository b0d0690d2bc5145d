package com.jainshikanji.review.rating;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A product's rating as the API shows it.
 *
 * @param reviewCount approved reviews
 * @param average their plain average, two decimals; {@code null} without reviews
 * @param bayesianAverage the average pulled towards the prior, two decimals; what the
 * menu shows and sorts by; {@code null} without reviews
 * @param histogram approved reviews by stars, {@code "1"} to {@code "5"}
 * @param prior how the Bayesian average was computed
 * @param revision how many times the rating changed
 */
public record RatingSummary(int reviewCount, @Nullable BigDecimal average, @Nullable BigDecimal bayesianAverage,
		Map<String, Integer> histogram, Prior prior, long revision) {

	static RatingSummary of(StarCounts counts, long revision, RatingPrior prior) {
		Map<String, Integer> histogram = new LinkedHashMap<>();
		histogram.put("1", counts.oneStar());
		histogram.put("2", counts.twoStars());
		histogram.put("3", counts.threeStars());
		histogram.put("4", counts.fourStars());
		histogram.put("5", counts.fiveStars());
		return new RatingSummary(counts.count(), prior.average(counts), prior.bayesianAverage(counts),
				java.util.Collections.unmodifiableMap(histogram), new Prior(prior.priorMean(), prior.priorWeight()),
				revision);
	}

	/**
	 * The Bayesian average's prior.
	 *
	 * @param mean the rating assumed before any review
	 * @param weight how many reviews that assumption counts as
	 */
	public record Prior(BigDecimal mean, int weight) {
	}

}
