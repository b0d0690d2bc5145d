package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.review.eligibility.PurchasedItem;

/**
 * A customer's review of a product they received, one per product and order. Its author
 * edits it; an admin approves or rejects it; the store that fulfilled the order responds.
 * Only an approved review is public and counts in the product's rating
 * ({@link #countedStars()}), so every transition says what it counted before and after to
 * whoever keeps the rating.
 */
@Entity
@Table(name = "reviews")
class Review {

	@Id
	private UUID id;

	private UUID orderId;

	private UUID productId;

	private UUID customerId;

	private UUID storeId;

	private String productName;

	@Embedded
	private ReviewContent content;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	/** {@code null} until an admin decides. */
	@Embedded
	private @Nullable Moderation moderation;

	/** {@code null} until the store responds. */
	@Embedded
	private @Nullable StoreReply response;

	private int helpfulCount;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant editedAt;

	protected Review() {
	}

	private Review(PurchasedItem item, ReviewContent content, ReviewStatus status, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = item.orderId();
		this.productId = item.productId();
		this.customerId = item.customerId();
		this.storeId = item.storeId();
		this.productName = item.productName();
		this.content = content;
		this.status = status;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A review of a delivered item by the customer who received it. It waits for an
	 * admin, whatever the policy, if the item is held for moderation: its earlier review
	 * was deleted while not approved, and writing afresh must not get around a rejection,
	 * just as editing a rejected review does not.
	 * @throws ItemNotReviewable if the author is not that customer
	 */
	static Review write(PurchasedItem item, UUID author, ReviewContent content, ModerationPolicy policy,
			boolean itemHeld, Instant now) {
		if (!item.deliveredTo(author)) {
			throw new ItemNotReviewable(item.orderId(), item.productId());
		}
		return new Review(item, content, itemHeld ? ReviewStatus.PENDING : policy.forNewContent(), now);
	}

	/**
	 * The author's new content. A rejected review goes back to an admin; an approved one
	 * stays approved unless reviews are moderated before they are shown.
	 */
	void edit(ReviewContent content, ModerationPolicy policy, Instant now) {
		this.content = content;
		ReviewStatus next = switch (this.status) {
			case REJECTED, PENDING -> ReviewStatus.PENDING;
			case APPROVED -> policy.forNewContent();
		};
		if (next != this.status) {
			// The last decision was about other content.
			this.moderation = null;
		}
		this.status = next;
		this.editedAt = now;
		this.updatedAt = now;
	}

	/** An admin shows the review. */
	void approve(UUID admin, Instant now) {
		if (this.status == ReviewStatus.APPROVED) {
			throw new IllegalReviewTransition(this.id, this.status, ReviewStatus.APPROVED);
		}
		this.status = ReviewStatus.APPROVED;
		this.moderation = Moderation.approved(admin, now);
		this.updatedAt = now;
	}

	/** An admin takes the review down, saying why. */
	void reject(UUID admin, String reason, Instant now) {
		if (this.status == ReviewStatus.REJECTED) {
			throw new IllegalReviewTransition(this.id, this.status, ReviewStatus.REJECTED);
		}
		this.moderation = Moderation.rejected(admin, reason, now);
		this.status = ReviewStatus.REJECTED;
		this.updatedAt = now;
	}

	/** The store's response, written the first time, replaced afterwards. */
	void respond(String text, UUID by, Instant now) {
		this.response = (this.response == null) ? StoreReply.first(text, by, now)
				: this.response.editedTo(text, by, now);
		this.updatedAt = now;
	}

	/** One more customer found it helpful. */
	void countHelpfulVote() {
		this.helpfulCount++;
	}

	/** One customer took their helpful vote back. */
	void uncountHelpfulVote() {
		if (this.helpfulCount > 0) {
			this.helpfulCount--;
		}
	}

	/**
	 * The stars this review counts with in its product's rating: its rating while
	 * approved, none otherwise.
	 */
	@Nullable Integer countedStars() {
		return (this.status == ReviewStatus.APPROVED) ? this.content.rating() : null;
	}

	boolean isApproved() {
		return this.status == ReviewStatus.APPROVED;
	}

	/**
	 * Whether, once deleted, the next review of its item waits for an admin: it is not
	 * approved (rejected, or waiting for an admin).
	 */
	boolean holdsItemWhenDeleted() {
		return !isApproved();
	}

	boolean writtenBy(UUID userId) {
		return this.customerId.equals(userId);
	}

	UUID id() {
		return this.id;
	}

	UUID orderId() {
		return this.orderId;
	}

	UUID productId() {
		return this.productId;
	}

	UUID storeId() {
		return this.storeId;
	}

	UUID customerId() {
		return this.customerId;
	}

	ReviewStatus status() {
		return this.status;
	}

	ReviewContent content() {
		return this.content;
	}

	@Nullable StoreReply response() {
		return this.response;
	}

	@Nullable Moderation moderation() {
		return this.moderation;
	}

	int helpfulCount() {
		return this.helpfulCount;
	}

	/**
	 * The review as the API shows it: with who wrote it for which order, and the
	 * moderation, only to those entitled to see them (its author, the store's staff,
	 * admins).
	 */
	ReviewResponse toResponse(boolean full) {
		ReviewResponse.Reply reply = (this.response != null)
				? new ReviewResponse.Reply(this.response.text(), this.response.respondedAt(), this.response.editedAt())
				: null;
		ReviewResponse.Details details = full ? new ReviewResponse.Details(this.customerId, this.orderId, this.storeId,
				(this.moderation != null) ? this.moderation.rejectionReason() : null,
				(this.moderation != null) ? this.moderation.moderatedAt() : null) : null;
		return new ReviewResponse(this.id, this.productId, this.productName, this.content.rating(),
				this.content.title(), this.content.text(), this.content.authorName(), this.content.photoUrls(), true,
				this.status, this.helpfulCount, reply, this.createdAt, this.editedAt, details);
	}

}
