package com.jainshikanji.review.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.jainshikanji.common.events.review.RatingHistogram;

/**
 * A product's approved reviews counted by stars. Never negative: taking away a review
 * that was never counted is a bug, refused here rather than stored.
 */
@Embeddable
record StarCounts(@Column(name = "one_star") int oneStar, @Column(name = "two_stars") int twoStars,
		@Column(name = "three_stars") int threeStars, @Column(name = "four_stars") int fourStars,
		@Column(name = "five_stars") int fiveStars) {

	static final StarCounts NONE = new StarCounts(0, 0, 0, 0, 0);

	StarCounts {
		if (oneStar < 0 || twoStars < 0 || threeStars < 0 || fourStars < 0 || fiveStars < 0) {
			throw new IllegalStateException("A star count cannot be negative");
		}
	}

	/** The counts with one more review of the given stars. */
	StarCounts plus(int stars) {
		return add(stars, 1);
	}

	/** The counts with one review of the given stars fewer. */
	StarCounts minus(int stars) {
		return add(stars, -1);
	}

	int count() {
		return this.oneStar + this.twoStars + this.threeStars + this.fourStars + this.fiveStars;
	}

	/** The stars of all reviews together. */
	int sum() {
		return this.oneStar + 2 * this.twoStars + 3 * this.threeStars + 4 * this.fourStars + 5 * this.fiveStars;
	}

	RatingHistogram histogram() {
		return new RatingHistogram(this.oneStar, this.twoStars, this.threeStars, this.fourStars, this.fiveStars);
	}

	private StarCounts add(int stars, int delta) {
		return switch (stars) {
			case 1 ->
				new StarCounts(this.oneStar + delta, this.twoStars, this.threeStars, this.fourStars, this.fiveStars);
			case 2 ->
				new StarCounts(this.oneStar, this.twoStars + delta, this.threeStars, this.fourStars, this.fiveStars);
			case 3 ->
				new StarCounts(this.oneStar, this.twoStars, this.threeStars + delta, this.fourStars, this.fiveStars);
			case 4 ->
				new StarCounts(this.oneStar, this.twoStars, this.threeStars, this.fourStars + delta, this.fiveStars);
			case 5 ->
				new StarCounts(this.oneStar, this.twoStars, this.threeStars, this.fourStars, this.fiveStars + delta);
			default -> throw new IllegalArgumentException("A rating is 1 to 5 stars, not " + stars);
		};
	}

}
