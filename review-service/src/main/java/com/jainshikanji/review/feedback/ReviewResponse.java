package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A review. Texts are exactly as their authors wrote them: show them as text (HTML in
 * them is not markup).
 *
 * @param rating 1 to 5 stars
 * @param authorName the name its author chose to show, or {@code null}
 * @param verifiedPurchase always true: only customers who received the product review it
 * @param status PENDING, APPROVED or REJECTED; only approved reviews are public
 * @param helpfulCount how many other customers found it helpful
 * @param response the store's response, or {@code null}
 * @param editedAt when its author last changed it, or {@code null}
 * @param details who wrote it for which order, and the moderation: only for its author,
 * the store's staff and admins
 */
record ReviewResponse(UUID id, UUID productId, String productName, int rating, @Nullable String title,
		@Nullable String text, @Nullable String authorName, List<String> photoUrls, boolean verifiedPurchase,
		ReviewStatus status, int helpfulCount, @Nullable Reply response, Instant createdAt, @Nullable Instant editedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Details details) {

	/**
	 * The store's response.
	 *
	 * @param editedAt when it was last changed, or {@code null}
	 */
	record Reply(String text, Instant respondedAt, @Nullable Instant editedAt) {
	}

	/**
	 * What only the author, the store and admins see.
	 *
	 * @param storeId the store that fulfilled the order
	 * @param rejectionReason why an admin rejected it, or {@code null}
	 * @param moderatedAt when an admin last decided, or {@code null}
	 */
	record Details(UUID customerId, UUID orderId, UUID storeId, @Nullable String rejectionReason,
			@Nullable Instant moderatedAt) {
	}

}
