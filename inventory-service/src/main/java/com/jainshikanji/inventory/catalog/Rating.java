package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How customers rate a product. Owned by the review service and mirrored here for
 * browsing and sorting from its {@code ProductRatingChanged} events; admins never set it.
 *
 * @param average the review service's Bayesian average, 0 to 5 (0 while nobody reviewed
 * the product)
 * @param count how many approved reviews it averages
 * @param revision the review service's revision of the product's rating last applied; a
 * change is applied only if its revision is newer
 */
@Embeddable
record Rating(@Column(name = "rating") BigDecimal average, @Column(name = "review_count") int count,
		@Column(name = "rating_revision") long revision) {

	/** A product nobody has reviewed yet. */
	static final Rating NONE = new Rating(new BigDecimal("0.00"), 0, 0);

	Rating {
		if (average.signum() < 0 || average.compareTo(BigDecimal.valueOf(5)) > 0) {
			throw new IllegalArgumentException("A rating is 0 to 5, not " + average);
		}
		if (count < 0 || revision < 0) {
			throw new IllegalArgumentException("Review counts and revisions are never negative");
		}
	}

	/**
	 * The rating announced by the review service: its Bayesian average, two decimals, or
	 * none without reviews.
	 */
	static Rating announced(@Nullable BigDecimal bayesianAverage, int reviewCount, long revision) {
		BigDecimal average = (reviewCount > 0 && bayesianAverage != null)
				? bayesianAverage.setScale(2, RoundingMode.HALF_UP) : NONE.average();
		return new Rating(average, reviewCount, revision);
	}

	/** Whether this rating is a later change than the given one. */
	boolean newerThan(Rating other) {
		return this.revision > other.revision;
	}

}
