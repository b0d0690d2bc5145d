package com.jainshikanji.common.events.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A product's rating changed: an approved review was added, edited, rejected or deleted.
 * Published in the same transaction as the review change, so the figures are exactly
 * those of the approved reviews at that moment. The inventory service mirrors them on the
 * product for browsing and sorting.
 *
 * @param productId the product
 * @param revision the product rating's change counter: grows by one with every change, so
 * a consumer applies an event only if its revision is newer than the one it applied last
 * (a retried, older event must not undo a newer one)
 * @param reviewCount how many approved reviews the figures count
 * @param histogram the approved reviews by stars
 * @param average the arithmetic mean of the approved ratings, two decimals (half up);
 * {@code null} when there are none
 * @param bayesianAverage {@code (priorWeight × priorMean + sum of ratings) / (priorWeight
 * + reviewCount)}, two decimals (half up): the average pulled towards the prior, the less
 * so the more reviews there are, so a product with one 5-star review does not outrank one
 * with hundreds of 4.7s; {@code null} when there are no reviews
 * @param priorMean the prior's mean rating
 * @param priorWeight how many reviews the prior weighs as
 * @param changedAt when
 */
@EventType(name = "ProductRatingChanged", topic = Topics.REVIEW)
public record ProductRatingChanged(UUID productId, long revision, int reviewCount, RatingHistogram histogram,
		@Nullable BigDecimal average, @Nullable BigDecimal bayesianAverage, BigDecimal priorMean, int priorWeight,
		Instant changedAt) implements IntegrationEvent {

	/** Keyed by product, so one product's changes stay in order. */
	@Override
	public String aggregateId() {
		return this.productId.toString();
	}

}
