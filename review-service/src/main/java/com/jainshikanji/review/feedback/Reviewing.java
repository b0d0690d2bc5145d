package com.jainshikanji.review.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.review.eligibility.PurchasedItem;
import com.jainshikanji.review.eligibility.Purchases;
import com.jainshikanji.review.rating.RatingBook;

/**
 * Writing reviews: the customer's review of a delivered item and their edits and
 * deletion, other customers' helpful votes, and the store's response (audited). Each
 * change and the rating it moves commit together.
 */
@Service
class Reviewing {

	private final Reviews reviews;

	private final Purchases purchases;

	private final RatingBook ratings;

	private final ReviewAccess access;

	private final ModerationPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	Reviewing(Reviews reviews, Purchases purchases, RatingBook ratings, ReviewAccess access, ModerationPolicy policy,
			AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.purchases = purchases;
		this.ratings = ratings;
		this.access = access;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The author's review of a product they received in the order. The item stays locked
	 * until the review commits, so a second review of it, at the same moment or later, is
	 * refused.
	 * @throws ItemNotReviewable unless the author received it
	 * @throws ReviewAlreadyWritten if it has a review
	 */
	@Transactional
	ReviewResponse write(UUID orderId, UUID productId, ReviewContent content, AuthenticatedUser author) {
		PurchasedItem item = this.purchases.lockItem(orderId, productId)
			.filter((purchased) -> purchased.deliveredTo(author.id()))
			.orElseThrow(() -> new ItemNotReviewable(orderId, productId));
		this.reviews.findByOrderIdAndProductId(orderId, productId).ifPresent((existing) -> {
			throw new ReviewAlreadyWritten(orderId, productId, existing.id());
		});
		Review review = Review.write(item, author.id(), content, this.policy, this.reviews.isHeld(orderId, productId),
				this.clock.instant());
		this.reviews.save(review);
		this.ratings.recount(review.productId(), null, review.countedStars());
		return review.toResponse(true);
	}

	@Transactional
	ReviewResponse edit(UUID reviewId, ReviewContent content, AuthenticatedUser user) {
		Review review = this.access.requireAuthor(lock(reviewId), user);
		@Nullable Integer before = review.countedStars();
		review.edit(content, this.policy, this.clock.instant());
		this.ratings.recount(review.productId(), before, review.countedStars());
		return review.toResponse(true);
	}

	/**
	 * Deletes the review (and its votes); the item can then be reviewed afresh, by way of
	 * an admin if this review was not approved.
	 */
	@Transactional
	void delete(UUID reviewId, AuthenticatedUser user) {
		Review review = this.access.requireAuthor(lock(reviewId), user);
		if (review.holdsItemWhenDeleted()) {
			this.reviews.hold(review.orderId(), review.productId());
		}
		this.reviews.delete(review);
		this.ratings.recount(review.productId(), review.countedStars(), null);
	}

	/**
	 * The store's response, first written or replaced.
	 */
	@Transactional
	ReviewResponse respond(UUID reviewId, String text, AuthenticatedUser user) {
		Review review = this.access.requireResponder(lock(reviewId), user);
		StoreReply before = review.response();
		Instant now = this.clock.instant();
		review.respond(text, user.id(), now);
		this.audit.record(AuditEvent.of("review.responded", "review", review.id())
			.atStore(review.storeId())
			.with("productId", review.productId())
			.with("previousResponse", (before != null) ? before.text() : null)
			.with("response", review.response().text()));
		return review.toResponse(true);
	}

	/**
	 * Another customer finds an approved review helpful; voting twice counts once.
	 * @return the review's helpful votes
	 */
	@Transactional
	int voteHelpful(UUID reviewId, AuthenticatedUser voter) {
		Review review = votable(reviewId, voter);
		if (this.reviews.addVote(reviewId, voter.id()) == 1) {
			review.countHelpfulVote();
		}
		return review.helpfulCount();
	}

	/**
	 * The customer takes their helpful vote back, if they had one.
	 * @return the review's helpful votes
	 */
	@Transactional
	int withdrawVote(UUID reviewId, AuthenticatedUser voter) {
		Review review = votable(reviewId, voter);
		if (this.reviews.removeVote(reviewId, voter.id()) == 1) {
			review.uncountHelpfulVote();
		}
		return review.helpfulCount();
	}

	private Review votable(UUID reviewId, AuthenticatedUser voter) {
		Review review = lock(reviewId);
		if (!review.isApproved()) {
			throw new ReviewNotFound(reviewId);
		}
		if (review.writtenBy(voter.id())) {
			throw new OwnReview(reviewId);
		}
		return review;
	}

	private Review lock(UUID reviewId) {
		return this.reviews.lockById(reviewId).orElseThrow(() -> new ReviewNotFound(reviewId));
	}

}
