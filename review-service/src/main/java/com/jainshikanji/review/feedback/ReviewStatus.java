package com.jainshikanji.review.feedback;

/**
 * Where a review stands in moderation. Only an approved review is public and counts in
 * its product's rating.
 */
enum ReviewStatus {

	/** Waiting for an admin (when reviews are moderated before they are shown). */
	PENDING,

	/** Public and counted. */
	APPROVED,

	/** Taken down by an admin, with a reason its author sees. */
	REJECTED

}
