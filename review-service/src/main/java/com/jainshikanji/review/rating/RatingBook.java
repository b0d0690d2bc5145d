package com.jainshikanji.review.rating;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products' ratings. Reviews are counted here in their own transaction: a review that
 * starts or stops counting (approved, edited, rejected, deleted) and the rating it moves
 * commit together, and so does the {@code ProductRatingChanged} announcing it.
 */
@Service
public class RatingBook {

	private final ProductRatings ratings;

	private final RatingPrior prior;

	private final Clock clock;

	RatingBook(ProductRatings ratings, RatingPrior prior, Clock clock) {
		this.ratings = ratings;
		this.prior = prior;
		this.clock = clock;
	}

	/**
	 * Moves one review's weight in its product's rating, in the caller's transaction.
	 * @param countedBefore the stars the review counted with until now, {@code null} if
	 * it did not count (new, pending, rejected)
	 * @param countsNow the stars it counts with from now, {@code null} if it no longer
	 * counts (deleted, rejected, pending)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recount(UUID productId, @Nullable Integer countedBefore, @Nullable Integer countsNow) {
		if (java.util.Objects.equals(countedBefore, countsNow)) {
			return;
		}
		this.ratings.createIfAbsent(productId);
		ProductRating rating = this.ratings.lockById(productId)
			.orElseThrow(() -> new IllegalStateException("The rating of product " + productId + " vanished"));
		if (rating.recount(countedBefore, countsNow, this.prior, this.clock.instant())) {
			this.ratings.save(rating);
		}
	}

	/** The product's rating; a product nobody reviewed has none yet (zero reviews). */
	@Transactional(readOnly = true)
	public RatingSummary summary(UUID productId) {
		return this.ratings.findById(productId)
			.map((rating) -> rating.summary(this.prior))
			.orElseGet(() -> RatingSummary.of(StarCounts.NONE, 0, this.prior));
	}

}
