package com.jainshikanji.review.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.StoreDuty;

/**
 * Who may reach a review, decided per review. Anyone reads an approved review; its
 * author, the staff of the store that fulfilled the order and admins read it whatever its
 * status, with its details. Only its author edits or deletes it; only that store's staff
 * whose job lets them speak for it ({@link StoreDuty#ANSWER_REVIEWS}), or an admin,
 * respond to it.
 */
@Component
class ReviewAccess {

	/** Whether the user sees the review's details and moderation. */
	boolean seesDetails(Review review, @Nullable AuthenticatedUser user) {
		return user != null && (user.isAdmin() || user.worksAt(review.storeId()) || review.writtenBy(user.id()));
	}

	/** The review, if the user may read it; otherwise it does not exist. */
	Review visible(Review review, @Nullable AuthenticatedUser user) {
		if (!review.isApproved() && !seesDetails(review, user)) {
			throw new ReviewNotFound(review.id());
		}
		return review;
	}

	/** Refuses unless the user wrote the review. */
	Review requireAuthor(Review review, AuthenticatedUser user) {
		if (!visible(review, user).writtenBy(user.id())) {
			throw new AccessDeniedException("Only its author changes a review");
		}
		return review;
	}

	/**
	 * Refuses unless the user is an admin, or staff of the store that fulfilled the order
	 * whose job there answers reviews. Staff of another store are refused as before, not
	 * told about jobs at a store they do not work at.
	 */
	Review requireResponder(Review review, AuthenticatedUser user) {
		UUID storeId = visible(review, user).storeId();
		if (!user.isAdmin() && !user.worksAt(storeId)) {
			throw new AccessDeniedException("Only the staff of the store that fulfilled the order respond to it");
		}
		StoreDuty.ANSWER_REVIEWS.requireOf(user, storeId);
		return review;
	}

}
