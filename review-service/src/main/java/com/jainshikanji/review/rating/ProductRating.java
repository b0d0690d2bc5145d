package com.jainshikanji.review.rating;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.events.review.ProductRatingChanged;

/**
 * A product's rating: its approved reviews counted by stars, with the count and sum kept
 * alongside (the database checks they agree). Every change counts one more revision and
 * announces the new figures with {@link ProductRatingChanged}, stored with the change.
 */
@Entity
@Table(name = "product_ratings")
class ProductRating extends AbstractAggregateRoot<ProductRating> {

	@Id
	private UUID productId;

	@Embedded
	private StarCounts counts;

	private int reviewCount;

	private int ratingSum;

	private long revision;

	private Instant updatedAt;

	protected ProductRating() {
	}

	ProductRating(UUID productId, Instant now) {
		this.productId = productId;
		this.counts = StarCounts.NONE;
		this.updatedAt = now;
	}

	/**
	 * Moves one review's weight: the stars it counted with before (none if it did not
	 * count) are taken away and those it counts with now are added.
	 * @return whether anything changed; nothing does when both are the same
	 */
	boolean recount(@Nullable Integer countedBefore, @Nullable Integer countsNow, RatingPrior prior, Instant now) {
		if (java.util.Objects.equals(countedBefore, countsNow)) {
			return false;
		}
		StarCounts next = this.counts;
		if (countedBefore != null) {
			next = next.minus(countedBefore);
		}
		if (countsNow != null) {
			next = next.plus(countsNow);
		}
		this.counts = next;
		this.reviewCount = next.count();
		this.ratingSum = next.sum();
		this.revision++;
		this.updatedAt = now;
		registerEvent(new ProductRatingChanged(this.productId, this.revision, this.reviewCount, next.histogram(),
				prior.average(next), prior.bayesianAverage(next), prior.priorMean(), prior.priorWeight(), now));
		return true;
	}

	RatingSummary summary(RatingPrior prior) {
		return RatingSummary.of(this.counts, this.revision, prior);
	}

	StarCounts counts() {
		return this.counts;
	}

	long revision() {
		return this.revision;
	}

	/** The events registered and not yet published by a save. */
	java.util.Collection<Object> announcements() {
		return domainEvents();
	}

}
