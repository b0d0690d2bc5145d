package com.jainshikanji.common.events.review;

/**
 * How many approved reviews gave each number of stars.
 *
 * @param oneStar reviews of 1 star
 * @param twoStars reviews of 2 stars
 * @param threeStars reviews of 3 stars
 * @param fourStars reviews of 4 stars
 * @param fiveStars reviews of 5 stars
 */
public record RatingHistogram(int oneStar, int twoStars, int threeStars, int fourStars, int fiveStars) {

	/** The number of reviews counted. */
	public int total() {
		return this.oneStar + this.twoStars + this.threeStars + this.fourStars + this.fiveStars;
	}

}
