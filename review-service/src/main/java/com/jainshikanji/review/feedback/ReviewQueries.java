package com.jainshikanji.review.feedback;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.review.rating.RatingBook;

/**
 * Reading reviews: a product's approved ones with its rating (public), a customer's own,
 * one review, the moderation queue, and what a customer may still review.
 */
@Service
class ReviewQueries {

	/** The most items {@link #awaitingReview} lists. */
	static final int AWAITING_LIMIT = 100;

	private final Reviews reviews;

	private final RatingBook ratings;

	private final ReviewAccess access;

	ReviewQueries(Reviews reviews, RatingBook ratings, ReviewAccess access) {
		this.reviews = reviews;
		this.ratings = ratings;
		this.access = access;
	}

	@Transactional(readOnly = true)
	ProductReviewsResponse ofProduct(UUID productId, ProductReviewQuery query) {
		PageRequest request = query.pageRequest();
		Page<Review> page = (query.rating() != null)
				? this.reviews.findByProductIdAndStatusAndContentRating(productId, ReviewStatus.APPROVED,
						query.rating(), request)
				: this.reviews.findByProductIdAndStatus(productId, ReviewStatus.APPROVED, request);
		return new ProductReviewsResponse(productId, this.ratings.summary(productId),
				page.getContent().stream().map((review) -> review.toResponse(false)).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

	/** Everything a customer wrote, whatever its status; for them and admins. */
	@Transactional(readOnly = true)
	ReviewPageResponse ofCustomer(UUID customerId, PageQuery query, AuthenticatedUser user) {
		requireSelfOrAdmin(customerId, user);
		return ReviewPageResponse.of(this.reviews.findByCustomerId(customerId, query.newestFirst()),
				(review) -> review.toResponse(true));
	}

	@Transactional(readOnly = true)
	ReviewResponse review(UUID reviewId, @Nullable AuthenticatedUser user) {
		Review review = this.access
			.visible(this.reviews.findById(reviewId).orElseThrow(() -> new ReviewNotFound(reviewId)), user);
		return review.toResponse(this.access.seesDetails(review, user));
	}

	@Transactional(readOnly = true)
	ReviewPageResponse inModeration(ModerationQuery query) {
		return ReviewPageResponse.of(this.reviews.findByStatus(query.statusOrPending(), query.paging().oldestFirst()),
				(review) -> review.toResponse(true));
	}

	/** What a customer may still review; for them and admins. */
	@Transactional(readOnly = true)
	List<ReviewableItemResponse> awaitingReview(UUID customerId, AuthenticatedUser user) {
		requireSelfOrAdmin(customerId, user);
		return this.reviews.awaitingReview(customerId, AWAITING_LIMIT)
			.stream()
			.map((item) -> new ReviewableItemResponse(item.getOrderId(), item.getOrderNumber(), item.getProductId(),
					item.getProductName(), item.getQuantity(), item.getStoreId(), item.getDeliveredAt()))
			.toList();
	}

	private static void requireSelfOrAdmin(UUID customerId, AuthenticatedUser user) {
		if (!user.isSelfOrAdmin(customerId)) {
			throw new AccessDeniedException("Only the customer themselves or an admin reads their reviews");
		}
	}

}
