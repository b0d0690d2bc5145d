package com.jainshikanji.review.feedback;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.review.rating.RatingBook;

/**
 * Admins' moderation: approving shows a review and counts it in its product's rating,
 * rejecting (with a reason its author sees) hides it and takes it out. Each decision is
 * audited and moves the rating in its own transaction.
 */
@Service
class Moderating {

	private final Reviews reviews;

	private final RatingBook ratings;

	private final AuditLog audit;

	private final Clock clock;

	Moderating(Reviews reviews, RatingBook ratings, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.ratings = ratings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ReviewResponse approve(UUID reviewId, AuthenticatedUser admin) {
		Review review = lock(reviewId);
		ReviewStatus previous = review.status();
		@Nullable Integer before = review.countedStars();
		review.approve(admin.id(), this.clock.instant());
		this.ratings.recount(review.productId(), before, review.countedStars());
		this.audit.record(AuditEvent.of("review.approved", "review", review.id())
			.atStore(review.storeId())
			.with("productId", review.productId())
			.with("rating", review.content().rating())
			.with("previousStatus", previous));
		return review.toResponse(true);
	}

	@Transactional
	ReviewResponse reject(UUID reviewId, String reason, AuthenticatedUser admin) {
		Review review = lock(reviewId);
		ReviewStatus previous = review.status();
		@Nullable Integer before = review.countedStars();
		review.reject(admin.id(), reason, this.clock.instant());
		this.ratings.recount(review.productId(), before, review.countedStars());
		this.audit.record(AuditEvent.of("review.rejected", "review", review.id())
			.atStore(review.storeId())
			.with("productId", review.productId())
			.with("rating", review.content().rating())
			.with("previousStatus", previous)
			.with("reason", review.moderation().rejectionReason()));
		return review.toResponse(true);
	}

	private Review lock(UUID reviewId) {
		return this.reviews.lockById(reviewId).orElseThrow(() -> new ReviewNotFound(reviewId));
	}

}
